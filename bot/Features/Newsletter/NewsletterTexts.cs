using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Newsletter;

/// <summary>The newsletter feature's strings (<c>Resources/Newsletter.resx</c>).</summary>
internal static class NewsletterTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Newsletter");
}
