package io.praxis.app.calculators;

/**
 * The product words a classification example uses, so results read in product terms: "Of the
 * messages we flag as spam, 90% are spam." rather than "precision = 0.9".
 *
 * @param items     what is classified, plural ("messages")
 * @param positive  the positive class as an adjective or noun ("spam")
 * @param positives the items of the positive class ("spam messages")
 * @param negatives the items of the negative class ("legitimate messages")
 */
record Wording(String items, String positive, String positives, String negatives) {

    static final Wording GENERIC = new Wording("items", "positive", "positive items", "negative items");
    static final Wording SPAM = new Wording("messages", "spam", "spam messages", "legitimate messages");
    static final Wording FRAUD = new Wording("transactions", "fraud", "fraudulent transactions",
            "genuine transactions");
    static final Wording MODERATION = new Wording("posts", "harmful", "harmful posts", "acceptable posts");

    /** "Of the messages we flag as spam, 90% are spam." */
    String precision(double p) {
        return "Of the " + items + " we flag as " + positive + ", " + Numbers.percent(p) + " are " + positive + ".";
    }

    /** "We catch 75% of all spam messages." */
    String recall(double r) {
        return "We catch " + Numbers.percent(r) + " of all " + positives + ".";
    }

    /** "97% of legitimate messages pass without a flag." */
    String specificity(double s) {
        return Numbers.capitalize(Numbers.percent(s) + " of " + negatives + " pass without a flag.");
    }

    /** "3% of legitimate messages are flagged by mistake." */
    String falsePositiveRate(double f) {
        return Numbers.capitalize(Numbers.percent(f) + " of " + negatives + " are flagged by mistake.");
    }
}
