/**
 * Script and direction facts about text, through ICU4J (the only ICU user): the Unicode
 * bidirectional algorithm per paragraph and line, and the script of a run of text.
 * ICU's classes and data load only when a document has text that needs them.
 */
package imprint.text;
