using ClustER.Jobs.Newsletter;

namespace ClustER.Tests.Jobs.Newsletter;

public sealed class ItalianWorkingDaysTests
{
    [Theory]
    [InlineData(2026, 12, "2026-12-01")] // a Tuesday
    [InlineData(2027, 1, "2027-01-04")] // New Year on Friday, then the weekend
    [InlineData(2026, 1, "2026-01-02")] // New Year on Thursday: Friday 2nd
    [InlineData(2024, 4, "2024-04-02")] // Easter Monday 1 April
    [InlineData(2025, 6, "2025-06-03")] // Republic Day on Monday 2 June
    [InlineData(2026, 11, "2026-11-02")] // All Saints on Sunday
    [InlineData(2027, 5, "2027-05-03")] // Labour Day on Saturday
    public void FirstWorkingDayOfMonth_SkipsWeekendsAndHolidays(int year, int month, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ItalianWorkingDays.FirstWorkingDayOfMonth(year, month));
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2027, "2027-03-28")]
    public void EasterSunday_MatchesTheCalendar(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ItalianWorkingDays.EasterSunday(year));
    }

    [Fact]
    public void IsFirstWorkingDayOfMonth_EpiphanyIsNotWorking()
    {
        Assert.True(ItalianWorkingDays.IsPublicHoliday(new DateOnly(2027, 1, 6)));
        Assert.False(ItalianWorkingDays.IsFirstWorkingDayOfMonth(new DateOnly(2027, 1, 1)));
        Assert.True(ItalianWorkingDays.IsFirstWorkingDayOfMonth(new DateOnly(2027, 1, 4)));
    }
}
