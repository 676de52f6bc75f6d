using ClustER.Jobs.Reminders;

namespace ClustER.Tests.Jobs.Reminders;

public sealed class ReminderOffsetsTests
{
    [Theory]
    [InlineData("14d 3d 1d", "14d 3d 1d")]
    [InlineData("1d, 14d and 3d", "14d 3d 1d")]
    [InlineData("3 giorni e 1 ora prima", "3d 1h")]
    [InlineData("2 days, 1 hour before", "2d 1h")]
    [InlineData("2 settimane 30 minuti", "14d 30m")]
    [InlineData("1g 1g", "1d")]
    public void TryParse_BothLanguages_ReadsLongestFirst(string text, string expected)
    {
        Assert.True(ReminderOffsets.TryParse(text, out IReadOnlyList<TimeSpan> offsets));
        Assert.Equal(expected, ReminderOffsets.Format(offsets));
    }

    [Theory]
    [InlineData("")]
    [InlineData("domani")]
    [InlineData("3d banana")]
    [InlineData("2m")] // shorter than 5 minutes
    [InlineData("90d")] // longer than 60 days
    public void TryParse_NotOffsets_Refused(string text) => Assert.False(ReminderOffsets.TryParse(text, out _));

    [Fact]
    public void Key_IsIso8601() => Assert.Equal(["P14D", "PT1H"], new[] { TimeSpan.FromDays(14), TimeSpan.FromHours(1) }.Select(ReminderOffsets.Key));

    [Fact]
    public void Options_Validate_NamesTheBadKey()
    {
        var options = new ReminderOptions { EventOffsets = "soon" };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Reminders:EventOffsets", StringComparison.Ordinal));
    }
}
