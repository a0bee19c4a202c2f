package io.praxis.content.lesson;

/** A module of the curriculum: an ordered group of lessons. */
public record Module(String id, String title, int order, String summary, String description) {
}
