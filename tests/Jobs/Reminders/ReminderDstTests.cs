using ClustER.Jobs.Reminders;

namespace ClustER.Tests.Jobs.Reminders;

/// <summary>Europe/Rome changes clocks on the last Sundays of March and October: no reminder is skipped or doubled.</summary>
public sealed class ReminderDstTests
{
    private static readonly ReminderOptions NoQuietHours = new() { QuietHoursStart = new(0, 0), QuietHoursEnd = new(0, 0) };

    [Fact]
    public async Task RunAsync_SpringForwardNight_OneDayBeforeKeepsWallClockTime()
    {
        // Monday 29 March 2027 09:00 CEST (07:00Z); the clocks went forward on Sunday 28 at 02:00.
        DateTimeOffset due = new(2027, 3, 29, 7, 0, 0, TimeSpan.Zero);
        using var h = new ReminderHarness(new DateTimeOffset(2027, 3, 28, 0, 0, 0, TimeSpan.Zero));
        int anna = h.AddPerson("Anna");
        h.Subscribe(anna, "event:m");
        h.Source.Set(ReminderHarness.Meeting("m", due));

        await h.SweepUntilAsync(due, TimeSpan.FromMinutes(15));

        // 1 day: Sunday 09:00 CEST = 07:00Z (24 hours before would be 08:00 CEST); 1 hour: 06:00Z.
        Assert.Equal([new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero), due.AddHours(-1)], h.Messenger.To(anna).Select(s => s.At));
    }

    [Fact]
    public async Task RunAsync_WallClockTimeInTheSpringGap_SentOnceAfterTheJump()
    {
        // Monday 29 March 2027 02:30 CEST (00:30Z): one day before is Sunday 02:30, which does not exist.
        DateTimeOffset due = new(2027, 3, 29, 0, 30, 0, TimeSpan.Zero);
        using var h = new ReminderHarness(new DateTimeOffset(2027, 3, 27, 23, 0, 0, TimeSpan.Zero), NoQuietHours);
        int anna = h.AddPerson("Anna");
        h.Subscribe(anna, "event:m");
        h.Source.Set(ReminderHarness.Meeting("m", due));

        await h.SweepUntilAsync(new DateTimeOffset(2027, 3, 28, 4, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(5));

        // 03:30 CEST = 01:30Z, the first instant the clock reads at or after 02:30.
        SentMessage sent = Assert.Single(h.Messenger.To(anna));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), sent.At);
    }

    [Fact]
    public async Task RunAsync_WallClockTimeTwiceInTheAutumnOverlap_SentOnceTheFirstTime()
    {
        // Monday 1 November 2027 02:30 CET (01:30Z): one day before is Sunday 31 October 02:30, which happens twice.
        DateTimeOffset due = new(2027, 11, 1, 1, 30, 0, TimeSpan.Zero);
        using var h = new ReminderHarness(new DateTimeOffset(2027, 10, 30, 22, 0, 0, TimeSpan.Zero), NoQuietHours);
        int anna = h.AddPerson("Anna");
        h.Subscribe(anna, "event:m");
        h.Source.Set(ReminderHarness.Meeting("m", due));

        await h.SweepUntilAsync(new DateTimeOffset(2027, 10, 31, 3, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(5));

        // The first 02:30 is CEST: 00:30Z. The second (01:30Z) sends nothing more.
        SentMessage sent = Assert.Single(h.Messenger.To(anna));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), sent.At);
    }

    [Fact]
    public async Task RunAsync_HourScaleAcrossTheAutumnChange_ExactlyOneHourBefore()
    {
        // Sunday 31 October 2027 02:15 CET (01:15Z), 1 hour before = 00:15Z = 02:15 CEST: the clock shows the same time.
        DateTimeOffset due = new(2027, 10, 31, 1, 15, 0, TimeSpan.Zero);
        using var h = new ReminderHarness(new DateTimeOffset(2027, 10, 30, 23, 0, 0, TimeSpan.Zero), NoQuietHours);
        int anna = h.AddPerson("Anna");
        h.Subscribe(anna, "event:m");
        h.Source.Set(ReminderHarness.Meeting("m", due));

        await h.SweepUntilAsync(due, TimeSpan.FromMinutes(5));

        SentMessage sent = Assert.Single(h.Messenger.To(anna));
        Assert.Equal(due.AddHours(-1), sent.At);
        Assert.Contains("tra 1 ora", sent.Text, StringComparison.Ordinal);
    }
}
