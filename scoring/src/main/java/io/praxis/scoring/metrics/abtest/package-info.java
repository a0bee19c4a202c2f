/**
 * The {@code abtest} family: conversion rates, absolute and relative lift, the pooled two-proportion
 * z-test with its two-sided p-value, and the unpooled Wald confidence interval of the difference
 * (as statsmodels).
 */
package io.praxis.scoring.metrics.abtest;
