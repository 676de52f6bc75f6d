using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Surveys;

/// <summary>The survey feature's strings (<c>Resources/Surveys.resx</c>).</summary>
internal static class SurveysTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Surveys");
}
