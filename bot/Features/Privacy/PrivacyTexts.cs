using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Privacy;

/// <summary>The data-rights feature's strings (<c>Resources/Privacy.resx</c>).</summary>
internal static class PrivacyTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Privacy");
}
