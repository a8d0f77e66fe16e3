package imprint.model;

import java.util.Objects;

/**
 * What the front matter says about a document as a book, beyond the bibliographic fields of
 * {@link Metadata}: whether it is one ({@code type: book}), how it is to be printed
 * ({@code print: kdp}), and the texts of the book's own pages. Absent values are empty strings,
 * never {@code null}.
 *
 * @param type           the document's declared type ({@code book}, {@code article}), lower case; empty when not said
 * @param print          the printer profile's name as written ({@code kdp}, {@code ingram}, {@code generic}); empty for none
 * @param dedication     the dedication ("For my mother"), set alone on its page
 * @param epigraph       a quotation set before the first chapter
 * @param epigraphSource who or what the epigraph is from
 * @param printedIn      where the book is printed ("Printed in the United States of America"), for the copyright page
 * @param aboutTheAuthor a paragraph about the author, set as the book's back matter
 * @param notes          where the notes go ({@code end}: as endnotes, {@code foot}), lower case; empty when not said
 */
public record BookMatter(String type, String print, String dedication, String epigraph, String epigraphSource,
                         String printedIn, String aboutTheAuthor, String notes) {
    /** No book fields at all. */
    public static final BookMatter EMPTY = new BookMatter("", "", "", "", "", "", "", "");

    public BookMatter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(print, "print");
        Objects.requireNonNull(dedication, "dedication");
        Objects.requireNonNull(epigraph, "epigraph");
        Objects.requireNonNull(epigraphSource, "epigraphSource");
        Objects.requireNonNull(printedIn, "printedIn");
        Objects.requireNonNull(aboutTheAuthor, "aboutTheAuthor");
        Objects.requireNonNull(notes, "notes");
    }

    /** Whether the front matter declares the document a book ({@code type: book}). */
    public boolean declaredBook() {
        return type.equals("book");
    }

    public BookMatter withType(String v) {
        return new BookMatter(v, print, dedication, epigraph, epigraphSource, printedIn, aboutTheAuthor, notes);
    }

    public BookMatter withPrint(String v) {
        return new BookMatter(type, v, dedication, epigraph, epigraphSource, printedIn, aboutTheAuthor, notes);
    }

    public BookMatter withDedication(String v) {
        return new BookMatter(type, print, v, epigraph, epigraphSource, printedIn, aboutTheAuthor, notes);
    }

    public BookMatter withEpigraph(String v) {
        return new BookMatter(type, print, dedication, v, epigraphSource, printedIn, aboutTheAuthor, notes);
    }

    public BookMatter withEpigraphSource(String v) {
        return new BookMatter(type, print, dedication, epigraph, v, printedIn, aboutTheAuthor, notes);
    }

    public BookMatter withPrintedIn(String v) {
        return new BookMatter(type, print, dedication, epigraph, epigraphSource, v, aboutTheAuthor, notes);
    }

    public BookMatter withAboutTheAuthor(String v) {
        return new BookMatter(type, print, dedication, epigraph, epigraphSource, printedIn, v, notes);
    }

    public BookMatter withNotes(String v) {
        return new BookMatter(type, print, dedication, epigraph, epigraphSource, printedIn, aboutTheAuthor, v);
    }

    /** Whether the front matter asks for the notes as endnotes ({@code notes: end}). */
    public boolean endnotes() {
        return notes.equals("end");
    }
}
