using ClustER.Bot.Localization;

namespace ClustER.Tests.Bot.Localization;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Quali bandi EIC sono aperti?", "it")]
    [InlineData("Quando è la prossima assemblea dei soci?", "it")]
    [InlineData("bandi in scadenza questo mese", "it")]
    [InlineData("fiere a Rimini", "it")]
    [InlineData("c'è un bando sui digital twin?", "it")]
    [InlineData("dov'è l'assemblea", "it")]
    [InlineData("When is the next general assembly?", "en")]
    [InlineData("Is there any funding for startups?", "en")]
    [InlineData("calls for radiopharmaceuticals", "en")]
    [InlineData("What's the deadline for the EIC Accelerator?", "en")]
    [InlineData("events next week", "en")]
    public void Detect_TypicalQuestions_ReturnsTheirLanguage(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Interreg")]
    [InlineData("EIC")]
    [InlineData("🙂🙂")]
    [InlineData("")]
    [InlineData("   ")]
    public void Detect_NoEvidence_ReturnsNull(string text) => Assert.Null(LanguageDetector.Detect(text));
}
