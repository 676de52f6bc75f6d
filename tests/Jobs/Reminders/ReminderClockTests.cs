using ClustER.Jobs.Reminders;

namespace ClustER.Tests.Jobs.Reminders;

public sealed class ReminderClockTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
    private static readonly TimeOnly Nine = new(21, 0);
    private static readonly TimeOnly Eight = new(8, 0);

    [Theory]
    [InlineData("2027-03-29T07:00:00Z", "1d", "2027-03-28T07:00:00Z")] // spring forward: same wall clock (09:00)
    [InlineData("2027-11-01T08:00:00Z", "1d", "2027-10-31T08:00:00Z")] // fall back: 09:00 CET both days
    [InlineData("2027-11-01T08:00:00Z", "3d", "2027-10-29T07:00:00Z")] // 09:00 CEST
    [InlineData("2027-03-29T07:00:00Z", "1h", "2027-03-29T06:00:00Z")]
    [InlineData("2027-02-10T21:30:00Z", "1d", "2027-02-10T07:00:00Z")] // 22:30 quiet: 08:00 the next morning
    [InlineData("2027-02-10T06:30:00Z", "1d", "2027-02-09T07:00:00Z")] // 07:30 quiet: 08:00 the same morning
    [InlineData("2027-02-10T20:30:00Z", "1h", "2027-02-10T19:30:00Z")] // hour-scale: never delayed
    public void FireTime_InRome_FollowsTheWallClock(string due, string offset, string expected)
    {
        DateTimeOffset fire = ReminderClock.FireTime(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            ReminderOffsets.Parse(offset)[0], Rome, Nine, Eight);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), fire);
    }

    [Fact]
    public void FromWallClock_NonExistentTime_MovesPastTheGap() =>
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), ReminderClock.FromWallClock(new DateTime(2027, 3, 28, 2, 30, 0), Rome));

    [Fact]
    public void FromWallClock_AmbiguousTime_TakesTheFirst() =>
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), ReminderClock.FromWallClock(new DateTime(2027, 10, 31, 2, 30, 0), Rome));

    [Fact]
    public void DelayPastQuietHours_NoQuietHours_Unchanged()
    {
        DateTimeOffset late = new(2027, 2, 1, 22, 0, 0, TimeSpan.Zero);

        Assert.Equal(late, ReminderClock.DelayPastQuietHours(late, Rome, new TimeOnly(0, 0), new TimeOnly(0, 0)));
    }
}
