package imprint.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * A fresh numbering instance ({@code w:num}) per list, so each list restarts, with a start
 * override where the list does not start at 1. The abstract definitions (all nine levels) come
 * from the template: abstractNum 0 for bullets, 1 for numbers.
 */
final class ListNumbering {
    static final BigInteger BULLETS = BigInteger.ZERO;
    static final BigInteger NUMBERS = BigInteger.ONE;

    private final XWPFNumbering numbering;

    ListNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    BigInteger bullets() {
        return numbering.addNum(BULLETS);
    }

    /** A new numbered list whose items at {@code level} start counting at {@code start}. */
    BigInteger numbered(int level, int start) {
        BigInteger id = numbering.addNum(NUMBERS);
        XWPFNum num = numbering.getNum(id);
        CTNum ct = num.getCTNum();
        CTNumLvl over = ct.addNewLvlOverride();
        over.setIlvl(BigInteger.valueOf(level));
        over.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, start)));
        return id;
    }
}
