using System.Globalization;
using ClustER.Bot.Features.Questions;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Tests.Bot.Features.Questions.Understanding;

public class TimeExpressionParserTests
{
    // Monday 1 February 2027, 10:00 in Rome.
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2027-02-01T10:00:00+01:00", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("eventi oggi", "2027-02-01T00:00:00+01:00", "2027-02-02T00:00:00+01:00")]
    [InlineData("events today", "2027-02-01T00:00:00+01:00", "2027-02-02T00:00:00+01:00")]
    [InlineData("cosa c'è domani", "2027-02-02T00:00:00+01:00", "2027-02-03T00:00:00+01:00")]
    [InlineData("anything tomorrow?", "2027-02-02T00:00:00+01:00", "2027-02-03T00:00:00+01:00")]
    [InlineData("eventi questa settimana", "2027-02-01T00:00:00+01:00", "2027-02-08T00:00:00+01:00")]
    [InlineData("events this week", "2027-02-01T00:00:00+01:00", "2027-02-08T00:00:00+01:00")]
    [InlineData("eventi della prossima settimana", "2027-02-08T00:00:00+01:00", "2027-02-15T00:00:00+01:00")]
    [InlineData("events next week", "2027-02-08T00:00:00+01:00", "2027-02-15T00:00:00+01:00")]
    [InlineData("bandi in scadenza questo mese", "2027-02-01T00:00:00+01:00", "2027-03-01T00:00:00+01:00")]
    [InlineData("calls closing this month", "2027-02-01T00:00:00+01:00", "2027-03-01T00:00:00+01:00")]
    [InlineData("eventi del mese prossimo", "2027-03-01T00:00:00+01:00", "2027-04-01T00:00:00+02:00")]
    [InlineData("eventi a marzo", "2027-03-01T00:00:00+01:00", "2027-04-01T00:00:00+02:00")]
    [InlineData("What events are there in March?", "2027-03-01T00:00:00+01:00", "2027-04-01T00:00:00+02:00")]
    [InlineData("fiere in October", "2027-10-01T00:00:00+02:00", "2027-11-01T00:00:00+01:00")]
    [InlineData("eventi a gennaio", "2028-01-01T00:00:00+01:00", "2028-02-01T00:00:00+01:00")]
    [InlineData("marzo 2028", "2028-03-01T00:00:00+01:00", "2028-04-01T00:00:00+02:00")]
    [InlineData("bandi in scadenza entro fine mese", "2027-02-01T10:00:00+01:00", "2027-03-01T00:00:00+01:00")]
    [InlineData("calls closing by the end of the month", "2027-02-01T10:00:00+01:00", "2027-03-01T00:00:00+01:00")]
    [InlineData("bandi nei prossimi 30 giorni", "2027-02-01T10:00:00+01:00", "2027-03-04T00:00:00+01:00")]
    [InlineData("calls in the next 30 days", "2027-02-01T10:00:00+01:00", "2027-03-04T00:00:00+01:00")]
    [InlineData("events within two weeks", "2027-02-01T10:00:00+01:00", "2027-02-16T00:00:00+01:00")]
    [InlineData("calls before 15 March", "2027-02-01T10:00:00+01:00", "2027-03-15T00:00:00+01:00")]
    [InlineData("calls due before March 15th", "2027-02-01T10:00:00+01:00", "2027-03-15T00:00:00+01:00")]
    [InlineData("bandi entro il 15 marzo", "2027-02-01T10:00:00+01:00", "2027-03-16T00:00:00+01:00")]
    [InlineData("eventi il 9 febbraio", "2027-02-09T00:00:00+01:00", "2027-02-10T00:00:00+01:00")]
    [InlineData("eventi venerdì", "2027-02-05T00:00:00+01:00", "2027-02-06T00:00:00+01:00")]
    [InlineData("events this weekend", "2027-02-06T00:00:00+01:00", "2027-02-08T00:00:00+01:00")]
    [InlineData("eventi nel 2028", "2028-01-01T00:00:00+01:00", "2029-01-01T00:00:00+01:00")]
    public void Parse_Expression_GivesRomeRange(string question, string from, string to)
    {
        TimeParse parse = Parse(question);

        Assert.NotNull(parse.Range);
        Assert.Equal(DateTimeOffset.Parse(from, CultureInfo.InvariantCulture), parse.Range!.From);
        Assert.Equal(DateTimeOffset.Parse(to, CultureInfo.InvariantCulture), parse.Range.To);
    }

    [Theory]
    [InlineData("Is there any funding for startups?")]
    [InlineData("Which calls may SMEs apply to?")]
    [InlineData("Horizon Europe calls")]
    [InlineData("next board meeting")]
    [InlineData("")]
    public void Parse_NoTimeExpression_GivesNoRange(string question) => Assert.Null(Parse(question).Range);

    [Fact]
    public void Parse_MonthAlreadyPast_LooksBackWhenTheQuestionDoes()
    {
        TimeParse parse = TimeExpressionParser.Parse(Words("bandi scaduti a gennaio"), Now, preferPast: true);

        Assert.Equal(DateTimeOffset.Parse("2027-01-01T00:00:00+01:00", CultureInfo.InvariantCulture), parse.Range!.From);
    }

    [Fact]
    public void Parse_TomorrowAcrossSpringDaylightSaving_IsA23HourDay()
    {
        DateTimeOffset saturday = DateTimeOffset.Parse("2027-03-27T12:00:00+01:00", CultureInfo.InvariantCulture);

        TimeRange range = TimeExpressionParser.Parse(Words("eventi domani"), saturday, preferPast: false).Range!;

        Assert.Equal(DateTimeOffset.Parse("2027-03-28T00:00:00+01:00", CultureInfo.InvariantCulture), range.From);
        Assert.Equal(DateTimeOffset.Parse("2027-03-29T00:00:00+02:00", CultureInfo.InvariantCulture), range.To);
        Assert.Equal(TimeSpan.FromHours(23), range.To!.Value - range.From!.Value);
    }

    [Fact]
    public void Parse_TodayOnAutumnDaylightSavingDay_IsA25HourDay()
    {
        DateTimeOffset sunday = DateTimeOffset.Parse("2027-10-31T08:00:00+01:00", CultureInfo.InvariantCulture);

        TimeRange range = TimeExpressionParser.Parse(Words("events today"), sunday, preferPast: false).Range!;

        Assert.Equal(DateTimeOffset.Parse("2027-10-31T00:00:00+02:00", CultureInfo.InvariantCulture), range.From);
        Assert.Equal(TimeSpan.FromHours(25), range.To!.Value - range.From!.Value);
    }

    [Fact]
    public void Parse_LateEveningUtc_UsesRomeCalendarDay()
    {
        // 23:30 UTC on 31 January is already 1 February in Rome.
        DateTimeOffset lateUtc = DateTimeOffset.Parse("2027-01-31T23:30:00Z", CultureInfo.InvariantCulture);

        TimeRange range = TimeExpressionParser.Parse(Words("oggi"), lateUtc, preferPast: false).Range!;

        Assert.Equal(DateTimeOffset.Parse("2027-02-01T00:00:00+01:00", CultureInfo.InvariantCulture), range.From);
    }

    [Fact]
    public void Parse_ConsumesOnlyTheTimeWords()
    {
        string[] words = Words("bandi EIC in scadenza questo mese");

        TimeParse parse = TimeExpressionParser.Parse(words, Now, preferPast: false);

        Assert.Equal(["questo", "mese"], parse.Consumed.Order().Select(i => words[i]));
    }

    [Theory]
    [InlineData("bandi entro il 15/03", "2027-03-16T00:00:00+01:00")]
    [InlineData("calls due by 15.03.2027", "2027-03-16T00:00:00+01:00")]
    [InlineData("bandi entro il 2027-03-15", "2027-03-16T00:00:00+01:00")]
    public void Parse_NumericDates_AreReadDayFirst(string question, string to)
    {
        TimeRange range = TimeExpressionParser.Parse(Words(NumericDates.Spell(question)), Now, preferPast: false).Range!;

        Assert.Equal(Now, range.From);
        Assert.Equal(DateTimeOffset.Parse(to, CultureInfo.InvariantCulture), range.To);
    }

    [Theory]
    [InlineData("horizon 2020 e 5/13")]
    [InlineData("32/01 o 0/3")]
    public void Spell_NotADate_LeavesTheTextAlone(string text) => Assert.Equal(text, NumericDates.Spell(text));

    private static TimeParse Parse(string question) => TimeExpressionParser.Parse(Words(question), Now, preferPast: false);

    private static string[] Words(string question) => [.. Text.Tokens(question).Select(t => t.Folded)];
}
