/**
 * Charts for any Praxis page, drawn on the server: {@link io.praxis.app.charts.XyChart} (curves,
 * histograms, intervals, highlighted points, reference lines) and
 * {@link io.praxis.app.charts.BarChart} (bars per category, several series side by side) build
 * styled JFreeCharts; {@link io.praxis.app.charts.Charts} renders any JFreeChart to a scalable SVG
 * string or a Vaadin {@code Svg} component; {@link io.praxis.app.charts.ChartFigure} shows a chart
 * with its description and, for accessibility, the {@link io.praxis.app.charts.DataTable} of its
 * numbers; {@link io.praxis.app.charts.ConfusionMatrixGrid} is a confusion matrix built from plain
 * table components. Nothing here knows about metrics or any feature, so the calculators, progress
 * charts and dashboards can all use it; it needs headless AWT and no front-end bundle.
 */
package io.praxis.app.charts;
