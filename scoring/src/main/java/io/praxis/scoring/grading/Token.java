package io.praxis.scoring.grading;

/**
 * One word of analysed text.
 *
 * @param stem the Porter stem of the lower-cased, folded word (what phrases are matched on)
 * @param surface the word as written, lower-cased, with typographic apostrophes made plain
 * @param start character offset of the word in the original text
 * @param end character offset just after the word (exclusive)
 */
record Token(String stem, String surface, int start, int end) {

    boolean isNumber() {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == ',' || c == '%')) {
                return false;
            }
        }
        return !surface.isEmpty();
    }
}
