package io.praxis.app.practice;

/** What an attempt answers: a case exercise or an interview question from the bank. */
public enum ItemType {
    CASE, QUESTION
}
