using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Polls;

/// <summary>The meeting-poll feature's strings (<c>Resources/Polls.resx</c>).</summary>
internal static class PollsTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Polls");
}
