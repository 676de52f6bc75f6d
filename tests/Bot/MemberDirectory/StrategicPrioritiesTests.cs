using ClustER.Bot.MemberDirectory;

namespace ClustER.Tests.Bot.MemberDirectory;

public sealed class StrategicPrioritiesTests
{
    [Fact]
    public void All_HasElevenNumberedPrioritiesWithBothNames()
    {
        Assert.Equal(Enumerable.Range(1, 11), StrategicPriorities.All.Select(p => p.Number));
        Assert.All(StrategicPriorities.All, p => Assert.False(string.IsNullOrWhiteSpace(p.NameIt) || string.IsNullOrWhiteSpace(p.NameEn)));
        Assert.Equal("Sanità sostenibile", StrategicPriorities.Get(9)!.Name("it"));
        Assert.Equal("Sustainable healthcare", StrategicPriorities.Get(9)!.Name("en-GB"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void Get_OutsideTheRange_ReturnsNull(int number) => Assert.Null(StrategicPriorities.Get(number));

    [Theory]
    [InlineData("bandi sui radiofarmaci", 1)]
    [InlineData("calls on radiopharmaceuticals", 1)]
    [InlineData("Medicina Rigenerativa", 3)]
    [InlineData("terapie cellulari per malattie rare", 3)]
    [InlineData("AI for health", 5)]
    [InlineData("intelligenza artificiale e big data", 5)]
    [InlineData("dispositivi medici", 4)]
    [InlineData("Alzheimer e demenze", 7)]
    [InlineData("nutraceutica", 8)]
    [InlineData("ospedale verde e bioplastiche", 9)]
    [InlineData("medicina aerospaziale", 10)]
    [InlineData("turismo sanitario", 11)]
    [InlineData("riunione WG 6", 6)]
    [InlineData("gruppo di lavoro 2", 2)]
    [InlineData("priorità 3", 3)]
    public void Match_AThemeOrNumber_FindsThePriorityFirst(string text, int expected) =>
        Assert.Equal(expected, StrategicPriorities.Match(text)[0].Number);

    [Theory]
    [InlineData("quando è la prossima assemblea?")]
    [InlineData("scrivo ai soci di Comecer Spa")]
    [InlineData("")]
    [InlineData("WG 14")]
    public void Match_NoTheme_ReturnsNothing(string text) => Assert.Empty(StrategicPriorities.Match(text));
}
