using ClustER.Bot.Features.Reminders;

namespace ClustER.Tests.Bot.Features.Reminders;

public sealed class ReminderTimeTests
{
    [Theory]
    [InlineData(40, "it", "tra 40 minuti")]
    [InlineData(1, "it", "tra 1 minuto")]
    [InlineData(65, "it", "tra 1 ora e 5 minuti")]
    [InlineData(60 * 24 * 2 + 180, "it", "tra 2 giorni e 3 ore")]
    [InlineData(60 * 24, "en", "in 1 day")]
    [InlineData(40, "en", "in 40 minutes")]
    [InlineData(125, "en", "in 2 hours and 5 minutes")]
    public void Relative_ExactTimeLeft(int minutes, string language, string expected) =>
        Assert.Equal(expected, ReminderTime.Relative(TimeSpan.FromMinutes(minutes), language));

    [Fact]
    public void Relative_SecondsLeft_SaysLessThanAMinute() =>
        Assert.Equal("tra meno di un minuto", ReminderTime.Relative(TimeSpan.FromSeconds(20), "it"));

    [Fact]
    public void When_RomeMember_ShowsLocalTimeWithoutZone() =>
        Assert.Equal("lunedì 29 marzo 2027 alle 09:00", ReminderTime.When(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), "Europe/Rome", "it"));

    [Fact]
    public void When_OtherZone_NamesIt() =>
        Assert.Equal("Monday 29 March 2027 at 08:00 (Europe/London)", ReminderTime.When(new DateTimeOffset(2027, 3, 29, 7, 0, 0, TimeSpan.Zero), "Europe/London", "en"));

    [Fact]
    public void Offsets_ListsInWords() =>
        Assert.Equal("14 giorni, 3 giorni e 1 giorno prima", ReminderTime.Offsets([TimeSpan.FromDays(14), TimeSpan.FromDays(3), TimeSpan.FromDays(1)], "it"));
}
