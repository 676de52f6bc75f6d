using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;

namespace ClustER.Tests.Jobs.Reminders;

public sealed class ReminderSweepJobTests : IDisposable
{
    // 09:00 in Rome (winter time, UTC+1).
    private static readonly DateTimeOffset Start = new(2027, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2027, 2, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly ReminderHarness _h = new(Start);

    [Fact]
    public async Task RunAsync_AcrossEveryFireTime_SendsEachOffsetOnceWithExactWording()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();

        foreach (DateTimeOffset at in new[] { Due.AddDays(-7).AddMinutes(-1), Due.AddDays(-7), Due.AddDays(-7).AddMinutes(1),
                     Due.AddDays(-1), Due.AddDays(-1).AddMinutes(5), Due.AddHours(-1), Due.AddMinutes(-59), Due.AddMinutes(-1), Due, Due.AddHours(1) })
        {
            await _h.SweepAtAsync(at);
        }

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Equal(3, sent.Count);
        Assert.Equal([Due.AddDays(-7), Due.AddDays(-1), Due.AddHours(-1)], sent.Select(s => s.At));
        Assert.Contains("tra 7 giorni", sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("tra 1 giorno", sent[1].Text, StringComparison.Ordinal);
        Assert.Contains("tra 1 ora", sent[2].Text, StringComparison.Ordinal);
        Assert.Contains("mercoledì 10 febbraio 2027 alle 09:00", sent[2].Text, StringComparison.Ordinal);
        Assert.NotNull(sent[2].Message.Card);
    }

    [Fact]
    public async Task RunAsync_EnglishMemberInLondon_WritesTheirLanguageAndZone()
    {
        int john = _h.AddPerson("John", timeZone: "Europe/London", language: "en");
        _h.Subscribe(john, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();

        await _h.SweepAtAsync(Due.AddHours(-1));

        SentMessage sent = Assert.Single(_h.Messenger.To(john));
        Assert.Contains("in 1 hour", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Wednesday 10 February 2027 at 08:00 (Europe/London)", sent.Text, StringComparison.Ordinal);
        Assert.Equal("en-US", sent.Message.Locale);
    }

    [Fact]
    public async Task RunAsync_SubjectMoved_RemindersFollowNothingForOldTimeToldOnce()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();
        await _h.SweepAtAsync(Due.AddDays(-7)); // the 7-day reminder goes out

        DateTimeOffset newDue = Due.AddDays(2);
        _h.Time.SetUtcNow(Due.AddDays(-3));
        _h.Source.Set(ReminderHarness.Meeting("m1", newDue));
        await _h.SweepAsync();
        await _h.SweepAsync();
        foreach (DateTimeOffset at in new[] { Due.AddDays(-1), Due.AddHours(-1), Due.AddMinutes(-30), newDue.AddDays(-1), newDue.AddHours(-1) })
        {
            await _h.SweepAtAsync(at);
        }

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Equal([Due.AddDays(-7), Due.AddDays(-3), newDue.AddDays(-1), newDue.AddHours(-1)], sent.Select(s => s.At));
        Assert.StartsWith("Cambio di data", sent[1].Text, StringComparison.Ordinal);
        Assert.Contains("venerdì 12 febbraio 2027", sent[1].Text, StringComparison.Ordinal);
        Assert.Single(_h.Ledger(ReminderSweepJob.MovedKindName));
    }

    [Fact]
    public async Task RunAsync_SubjectMovedAfterItsReminderWentOut_DoesNotRepeatIt()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();
        await _h.SweepAtAsync(Due.AddDays(-1)); // "tomorrow" sent

        _h.Time.SetUtcNow(Due.AddHours(-12));
        _h.Source.Set(ReminderHarness.Meeting("m1", Due.AddMinutes(30))); // half an hour later
        await _h.SweepAsync();
        await _h.SweepAtAsync(Due.AddMinutes(-30));

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Equal(3, sent.Count); // 1 day, moved notice, 1 hour (for the new time)
        Assert.Equal(Due.AddMinutes(-30), sent[2].At);
    }

    [Fact]
    public async Task RunAsync_SubjectCancelledOrDeleted_NoMoreRemindersToldOnce()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Subscribe(anna, "event:m2");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        _h.Source.Set(ReminderHarness.Meeting("m2", Due));
        await _h.SweepAsync();

        _h.Time.SetUtcNow(Due.AddDays(-3));
        _h.Source.Set(ReminderHarness.Meeting("m1", Due) with { IsCancelled = true });
        _h.Source.Remove("test:start:m2");
        await _h.SweepAsync();
        await _h.SweepAsync();
        await _h.SweepAtAsync(Due.AddDays(-1));
        await _h.SweepAtAsync(Due.AddHours(-1));

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.StartsWith("Annullato", s.Text, StringComparison.Ordinal));
        Assert.Equal(2, _h.Ledger(ReminderSweepJob.CancelledKindName).Count);
    }

    [Fact]
    public async Task RunAsync_DowntimeWithinGrace_SendsLateWithCorrectWording()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();

        await _h.SweepAtAsync(Due.AddDays(-1).AddHours(11)); // day-scale, 11 h late (grace 12 h)
        await _h.SweepAtAsync(Due.AddMinutes(-40)); // hour-scale, 20 min late (grace 30 min)

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Equal(2, sent.Count);
        Assert.Contains("tra 13 ore", sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("tra 40 minuti", sent[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DowntimeBeyondGrace_DropsAndRecordsNeverSendsLate()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();

        await _h.SweepAtAsync(Due.AddMinutes(-25)); // 1-day missed by 23 h 35, 1-hour missed by 35 min
        await _h.SweepAtAsync(Due.AddMinutes(-20));

        Assert.Empty(_h.Messenger.To(anna));
        List<DeliveryRecord> ledger = _h.Ledger();
        Assert.Equal(3, ledger.Count(d => d.Status == DeliveryStatus.Skipped && d.LastError!.Contains("grace", StringComparison.Ordinal)));
        Assert.Equal(3, ledger.Count);
    }

    [Fact]
    public async Task RunAsync_DuplicateConcurrentRuns_SendEachReminderAtMostOnce()
    {
        int[] people = [.. Enumerable.Range(0, 40).Select(i => _h.AddPerson($"P{i}"))];
        foreach (int p in people)
        {
            _h.Subscribe(p, "event:m1");
        }

        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();
        _h.Time.SetUtcNow(Due.AddHours(-1));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(_h.SweepAsync)));
        await _h.SweepAsync();

        Assert.Equal(40, _h.Messenger.Sent.Count);
        Assert.Equal(40, _h.Messenger.Sent.Select(s => s.PersonId).Distinct().Count());
    }

    [Fact]
    public async Task RunAsync_TransientFailure_RetriedUntilSentOnce()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();
        _h.Messenger.FailTransiently(anna, 3);

        await _h.SweepAtAsync(Due.AddHours(-1));
        await _h.SweepAtAsync(Due.AddMinutes(-59));

        Assert.Single(_h.Messenger.To(anna));
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(_h.Ledger(), d => d.Occurrence.StartsWith("PT1H", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public async Task RunAsync_UnreachableMember_SkippedOthersServed()
    {
        int anna = _h.AddPerson("Anna");
        int bruno = _h.AddPerson("Bruno");
        _h.Subscribe(anna, "event:m1");
        _h.Subscribe(bruno, "event:m1");
        _h.Source.Set(ReminderHarness.Meeting("m1", Due));
        await _h.SweepAsync();
        _h.Messenger.MakeUnreachable(bruno);

        await _h.SweepAtAsync(Due.AddHours(-1));
        await _h.SweepAtAsync(Due.AddMinutes(-50));

        Assert.Single(_h.Messenger.To(anna));
        Assert.Empty(_h.Messenger.To(bruno));
        Assert.Equal(DeliveryStatus.Unreachable, _h.Ledger().Single(d => d.PersonId == bruno && d.Occurrence.StartsWith("PT1H", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public async Task RunAsync_QuietHours_DelayDayScaleToMorningNeverHourScale()
    {
        // A meeting at 22:30 Rome time: "1 day before" falls at 22:30 (quiet), "1 hour before" at 21:30.
        DateTimeOffset lateDue = new(2027, 2, 10, 21, 30, 0, TimeSpan.Zero);
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "event:late");
        _h.Source.Set(ReminderHarness.Meeting("late", lateDue));
        await _h.SweepAsync();

        foreach (DateTimeOffset at in new[] { "2027-02-03T21:30Z", "2027-02-03T23:00Z", "2027-02-04T06:59Z", "2027-02-04T07:00Z",
                     "2027-02-09T21:30Z", "2027-02-10T05:00Z", "2027-02-10T07:00Z", "2027-02-10T20:30Z", "2027-02-10T21:00Z" }
                     .Select(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)))
        {
            await _h.SweepAtAsync(at);
        }

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Contains(new DateTimeOffset(2027, 2, 4, 7, 0, 0, TimeSpan.Zero), sent.Select(s => s.At)); // 7 days (22:30): 08:00 Rome the next morning
        Assert.Contains(new DateTimeOffset(2027, 2, 10, 7, 0, 0, TimeSpan.Zero), sent.Select(s => s.At)); // 1 day: 08:00 Rome on the day
        Assert.Contains(lateDue.AddHours(-1), sent.Select(s => s.At)); // 1 hour: 21:30 Rome, in quiet hours, not delayed
        Assert.Equal(3, sent.Count);
    }

    [Fact]
    public async Task RunAsync_MutedKindOptOutAndLateSubscription_Respected()
    {
        int muted = _h.AddPerson("Muted");
        int optedOut = _h.AddPerson("OptedOut", PersonRoles.Representative);
        int late = _h.AddPerson("Late");
        int rep = _h.AddPerson("Rep", PersonRoles.Representative);
        _h.Subscribe(muted, "event:ga");
        _h.Prefer(muted, ReminderKind.Meeting, muted: true);
        _h.Source.Set(ReminderHarness.Meeting("ga", Due, ReminderAudience.Representatives));
        using (var db = _h.Database.CreateContext())
        {
            db.ReminderOptOuts.Add(new ReminderOptOut { PersonId = optedOut, ItemKey = "event:ga" });
            db.SaveChanges();
        }

        await _h.SweepAsync();
        await _h.SweepAtAsync(Due.AddDays(-7));
        await _h.SweepAtAsync(Due.AddDays(-2));
        _h.Subscribe(late, "event:ga"); // after the 7-day point
        foreach (DateTimeOffset at in new[] { Due.AddDays(-1), Due.AddDays(-1).AddMinutes(1), Due.AddHours(-1), Due.AddMinutes(-1) })
        {
            await _h.SweepAtAsync(at);
        }

        Assert.Empty(_h.Messenger.To(muted));
        Assert.Empty(_h.Messenger.To(optedOut));
        Assert.Equal(2, _h.Messenger.To(late).Count); // 1 day and 1 hour, not 7 days
        Assert.Equal(3, _h.Messenger.To(rep).Count);
    }

    [Fact]
    public async Task RunAsync_WorkingGroupMeeting_RemindsMembersOfThatGroupWithTheirOffsets()
    {
        int wg5 = _h.AddPerson("WG5", priorities: [5]);
        int wg3 = _h.AddPerson("WG3", priorities: [3]);
        _h.Prefer(wg5, ReminderKind.Meeting, offsets: "2h");
        _h.Source.Set(ReminderHarness.Meeting("wg", Due, ReminderAudience.WorkingGroups, 5));
        await _h.SweepAsync();

        foreach (DateTimeOffset at in new[] { Due.AddDays(-7), Due.AddDays(-1), Due.AddHours(-2), Due.AddHours(-1), Due.AddMinutes(-1) })
        {
            await _h.SweepAtAsync(at);
        }

        Assert.Equal([Due.AddHours(-2)], _h.Messenger.To(wg5).Select(s => s.At));
        Assert.Empty(_h.Messenger.To(wg3));
    }

    public void Dispose() => _h.Dispose();
}
