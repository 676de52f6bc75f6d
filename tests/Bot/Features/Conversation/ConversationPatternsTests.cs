using ClustER.Bot.Features.Conversation;

namespace ClustER.Tests.Bot.Features.Conversation;

public class ConversationPatternsTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("Aiuto")]
    [InlineData("aiuto!")]
    [InlineData("cosa sai fare?")]
    [InlineData("What can you do?")]
    public void Help_MatchesHelpRequests(string text) => Assert.Matches(ConversationPatterns.Help(), text);

    [Theory]
    [InlineData("help me find calls for startups")]
    [InlineData("aiuto con i bandi PNRR")]
    public void Help_DoesNotTakeRealQuestions(string text) => Assert.DoesNotMatch(ConversationPatterns.Help(), text);

    [Theory]
    [InlineData("lingua inglese", "en")]
    [InlineData("language: italian", "it")]
    [InlineData("English please", "en")]
    [InlineData("parlami in italiano", "it")]
    [InlineData("in inglese", "en")]
    public void Language_ParsesTheChosenLanguage(string text, string expected)
    {
        System.Text.RegularExpressions.Match match = ConversationPatterns.Language().Match(text);

        Assert.True(match.Success);
        Assert.Equal(expected, ConversationPatterns.LanguageIn(match.Groups["language"].Value));
    }

    [Theory]
    [InlineData("english calls for SMEs")]
    [InlineData("bandi in italiano per startup")]
    public void Language_DoesNotTakeQuestions(string text) => Assert.DoesNotMatch(ConversationPatterns.Language(), text);
}
