package dev.hindsight.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles part of the Word export: a blank POI document has none, so Word's outline,
 * LibreOffice's navigator and Google Docs' headings would see no headings. Title and Heading 1
 * to 3 are real paragraph styles (with their outline level), plus the numbering of bullet and
 * numbered lists.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String NORMAL = "Normal";

    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private final BigInteger numbers;

    private DocxStyles(XWPFNumbering numbering, BigInteger bullets, BigInteger numbers) {
        this.numbering = numbering;
        this.bullets = bullets;
        this.numbers = numbers;
    }

    static DocxStyles install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(NORMAL, "Normal", -1, 22, false, null));
        styles.addStyle(style(TITLE, "Title", 0, 44, true, "1F2328"));
        styles.addStyle(style(heading(1), "heading 1", 0, 32, true, "1F2328"));
        styles.addStyle(style(heading(2), "heading 2", 1, 26, true, "1F2328"));
        styles.addStyle(style(heading(3), "heading 3", 2, 23, true, "424A53"));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(list(1, true)));
        BigInteger numbers = numbering.addAbstractNum(new XWPFAbstractNum(list(2, false)));
        return new DocxStyles(numbering, bullets, numbers);
    }

    /** The style id of heading {@code level} (1 to 3; deeper levels are shown as 3). */
    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(3, level));
    }

    /** A new list's numbering: bullets, or numbers starting at {@code start}. */
    BigInteger newList(boolean ordered, int start) {
        BigInteger id = numbering.addNum(ordered ? numbers : bullets);
        if (ordered) {
            var override = numbering.getNum(id).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        }
        return id;
    }

    private static XWPFStyle style(String id, String name, int outline, int halfPoints, boolean bold, String color) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        if (!NORMAL.equals(id)) {
            ct.addNewBasedOn().setVal(NORMAL);
            ct.addNewNext().setVal(NORMAL);
            ct.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 0 : 9 + outline));
        } else {
            ct.setDefault(Boolean.TRUE);
        }
        CTPPrGeneral ppr = ct.addNewPPr();
        if (outline >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
        } else {
            ppr.addNewSpacing().setAfter(BigInteger.valueOf(120));
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Arial");
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        return new XWPFStyle(ct);
    }

    private static CTAbstractNum list(int id, boolean bullet) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        String[] bullets = {"\u2022", "\u25E6", "\u25AA"};
        for (int level = 0; level < 6; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(bullet ? bullets[level % 3] : "%" + (level + 1) + ".");
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(360L * (level + 1) + 360));
            ind.setHanging(BigInteger.valueOf(360));
        }
        return abs;
    }
}
