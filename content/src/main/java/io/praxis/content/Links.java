package io.praxis.content;

/**
 * The web addresses of content items. The app's routes follow these; a test in the app
 * checks that each resolves to a view.
 */
public final class Links {

    private Links() {
    }

    public static String lesson(String lessonId) {
        return "/study/" + lessonId;
    }

    /** A section of a lesson; an empty anchor means the top of the lesson. */
    public static String lessonSection(String lessonId, String anchor) {
        return anchor == null || anchor.isEmpty() ? lesson(lessonId) : lesson(lessonId) + "#" + anchor;
    }

    public static String module(String moduleId) {
        return "/study?module=" + moduleId;
    }

    public static String glossaryTerm(String termId) {
        return "/glossary/" + termId;
    }

    public static String caseStudy(String caseId) {
        return "/practice/case/" + caseId;
    }

    public static String question(String questionId) {
        return "/practice/question/" + questionId;
    }

    public static String calculator(String calculatorId) {
        return "/calculators/" + calculatorId;
    }
}
