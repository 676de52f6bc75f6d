namespace ClustER.Bot.Features.Surveys.Definition;

/// <summary>A survey as its JSON file defines it (see <c>docs/survey-format.md</c>); immutable once read.</summary>
/// <param name="Id">The name staff use in "send survey NAME" (lower case, digits and dashes).</param>
/// <param name="Title">The title in Italian and English.</param>
/// <param name="Intro">The introduction shown above the questions.</param>
/// <param name="Anonymous">True when answers are stored without the person's identity.</param>
/// <param name="Questions">The questions, in order.</param>
internal sealed record SurveyDefinition(string Id, LocalizedText Title, LocalizedText Intro, bool Anonymous, IReadOnlyList<SurveyQuestion> Questions);

/// <summary>One question of a survey.</summary>
/// <param name="Id">Unique in the survey; the input id in the card and the column in the CSV.</param>
/// <param name="Kind">What kind of answer it takes.</param>
/// <param name="Label">The question text.</param>
/// <param name="Required">True when the form cannot be sent without an answer.</param>
/// <param name="Options">The choices of single and multiple choice questions (empty otherwise; countries come from the bot's list).</param>
internal sealed record SurveyQuestion(string Id, QuestionKind Kind, LocalizedText Label, bool Required, IReadOnlyList<SurveyOption> Options);

/// <summary>A choice of a choice question.</summary>
internal sealed record SurveyOption(string Value, LocalizedText Label);

/// <summary>A text in the two languages the bot speaks; English falls back to Italian.</summary>
internal sealed record LocalizedText(string It, string? En)
{
    /// <summary>The text in <paramref name="lang"/> (<c>it</c> or <c>en</c>).</summary>
    public string In(string lang) => lang == "en" && !string.IsNullOrWhiteSpace(En) ? En : It;
}

/// <summary>The kinds of question.</summary>
internal enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    FreeText,
    Rating,
    YesNo,
    Countries,
}
