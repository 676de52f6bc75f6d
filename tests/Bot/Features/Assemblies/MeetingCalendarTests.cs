using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage.Entities;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Features.Assemblies;

public sealed class MeetingCalendarTests
{
    private readonly MeetingCalendar _calendar = new(Microsoft.Extensions.Options.Options.Create(new AssemblyOptions { OrganizerEmail = "segreteria@example.org" }),
        new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Write_ChangedMeeting_SameUidHigherSequence()
    {
        Meeting meeting = Sample();
        string first = _calendar.Write(meeting, "Assemblea generale");
        meeting.Sequence = 1;
        meeting.FirstCallAt = meeting.FirstCallAt.AddDays(1);

        string changed = _calendar.Write(meeting, "Assemblea generale");

        Assert.Contains("UID:uid-123@clust-er-bot", first, StringComparison.Ordinal);
        Assert.Contains("UID:uid-123@clust-er-bot", changed, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", first, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", changed, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", changed, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20270421T080000Z", changed, StringComparison.Ordinal);
        Assert.Contains("Approvazione del bilancio", changed, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Cancelled_MethodCancel()
    {
        Meeting meeting = Sample();
        meeting.IsCancelled = true;
        meeting.Sequence = 2;

        string ics = _calendar.Write(meeting, "Assemblea generale");

        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", ics, StringComparison.Ordinal);
    }

    private static Meeting Sample()
    {
        var meeting = new Meeting { Id = 1, Uid = "uid-123@clust-er-bot", FirstCallAt = new DateTimeOffset(2027, 4, 20, 8, 0, 0, TimeSpan.Zero), Place = "Bologna" };
        meeting.Agenda.Add(new MeetingAgendaItem { Position = 1, Text = "Approvazione del bilancio" });
        return meeting;
    }
}
