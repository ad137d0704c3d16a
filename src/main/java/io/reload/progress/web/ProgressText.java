package io.reload.progress.web;

import io.reload.progress.service.HistoryPage;
import io.reload.progress.service.PainSeries;
import io.reload.progress.service.PainSummary;
import io.reload.progress.service.ProgressView;
import io.reload.protocol.domain.WeightUnit;
import io.reload.shared.text.ReaderLocale;
import io.reload.shared.text.Texts;
import io.reload.shared.web.Amounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A client's progress in the reader's words, for pages: the charts (Chart.js configurations
 * with the words and colours they show), the change of pain in a sentence, loads with their
 * unit, and a logged session's exercises and symptoms. #{progressText.painChart(view.painSeries)}
 */
@Named("progressText")
@RequestScoped
public class ProgressText {

    @Inject
    ReaderLocale reader;

    private Locale locale;

    /** The same words outside a page, in a language of the caller's choice (exports, tests). */
    public static ProgressText in(Locale locale) {
        ProgressText text = new ProgressText();
        text.locale = locale;
        return text;
    }

    private Locale locale() {
        if (locale == null) {
            locale = reader.get();
        }
        return locale;
    }

    public String painChart(PainSeries series) {
        PainChartJson.Labels words = new PainChartJson.Labels(
                text("progress.chart.before"),
                text("progress.chart.after"),
                text("progress.chart.phase"),
                text("progress.chart.phaseChange"),
                text("progress.chart.painAxis"),
                chartDays(),
                locale());
        return PainChartJson.of(series.sessions(), series.changes(), words).toString();
    }

    public String liftChart(ProgressView.LiftChart lift, WeightUnit unit) {
        LoadChartJson.Labels words = new LoadChartJson.Labels(
                text("progress.chart.prescribed"),
                text("progress.chart.performed"),
                text("unit." + unit.name()),
                chartDays());
        return LoadChartJson.of(lift.points(), words).toString();
    }

    /** "Pain after a session went from 5 to 2: a real change of 3 points down." */
    public String summary(PainSummary summary) {
        if (summary == null) {
            return null;
        }
        int change = summary.change();
        String key = summary.isReal() ? "progress.summary.real" : "progress.summary.normal";
        return Texts.format(
                locale(),
                key,
                summary.first(),
                summary.latest(),
                Math.abs(change),
                change < 0 ? 0 : change > 0 ? 2 : 1);
    }

    /** An amount in the plan's unit, e.g. "52.5 kg"; a dash when there is none. */
    public String inUnit(BigDecimal amount, WeightUnit unit) {
        return amount == null
                ? "–"
                : Texts.format(
                        locale(), "dose.workingLoad", new Amounts(locale()).plain(amount), text("unit." + unit.name()));
    }

    /** The same, for a form that keeps its unit by name ("KG"). */
    public String inNamedUnit(BigDecimal amount, String unit) {
        return inUnit(amount, WeightUnit.valueOf(unit));
    }

    public String done(HistoryPage.Row row) {
        return new SessionWords(locale()).done(row);
    }

    public String symptoms(HistoryPage.Row row) {
        return new SessionWords(locale()).symptoms(row);
    }

    private DateTimeFormatter chartDays() {
        return DateTimeFormatter.ofPattern(text("format.chartDay"), locale());
    }

    private String text(String key) {
        return Texts.format(locale(), key);
    }
}
