using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Questions;

/// <summary>The question-answering strings (<c>Resources/Qa.resx</c>).</summary>
internal static class QaTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Qa");
}
