using ScottPlot;

namespace ClustER.Bot.Features.Surveys;

/// <summary>
/// Draws one question's results as a horizontal bar chart (PNG) with ScottPlot, on SkiaSharp: labels on the
/// left, one bar per choice, the count and share at the end of each bar.
/// </summary>
internal static class SurveyChart
{
    /// <summary>The PNG bytes of <paramref name="result"/>'s chart.</summary>
    public static byte[] Png(QuestionResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var plot = new Plot();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        int n = result.Counts.Count;
        for (int i = 0; i < n; i++)
        {
            (string _, string label, int count) = result.Counts[i];
            double position = n - 1 - i;
            bars.Add(new Bar
            {
                Position = position,
                Value = count,
                FillColor = Colors.SteelBlue,
                Label = $"{count} ({result.Percent(count)}%)",
                CenterLabel = false,
            });
            ticks.Add(new Tick(position, label.Length > 40 ? label[..39] + "…" : label));
        }

        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 14;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.25, bottom: 0.05, top: 0.05);
        plot.Title(title.Length > 70 ? title[..69] + "…" : title);
        plot.Grid.MajorLineColor = Colors.LightGray.WithAlpha(0.5);
        return plot.GetImageBytes(900, Math.Max(240, 60 + (45 * n)), ImageFormat.Png);
    }
}
