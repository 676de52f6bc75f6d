using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;

namespace ClustER.Bot.Features.Surveys;

/// <summary>The staff's cards: the confirmation of the audience, and the results.</summary>
internal static partial class SurveyCards
{
    /// <summary>The confirmation card: audience and its size, close, reminder points; Send and Cancel while awaiting.</summary>
    public static (JsonNode Card, string Text) Confirm(Survey survey, int recipients, string timeZoneId, string lang, string? statusKey = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var t = SurveysTexts.Texts;
        string audience = SurveyAudience.Describe(survey.AudienceKind, survey.AudienceValue, lang);
        string closes = ReminderTime.When(survey.ClosesAt, timeZoneId, lang);
        bool canConfirm = survey.State == SurveyState.AwaitingConfirmation && recipients > 0 && statusKey is null;
        var actions = new JsonArray();
        if (canConfirm)
        {
            actions.Add(Execute(t.Get("Confirm.Send", lang, recipients), CardVerbs.SurveyConfirm, survey.Id));
            actions.Add(Execute(t.Get("Confirm.Discard", lang), CardVerbs.SurveyDiscard, survey.Id));
        }
        else if (survey.State is SurveyState.Open or SurveyState.Closed)
        {
            actions.Add(Execute(t.Get("Results.Show", lang), CardVerbs.SurveyResults, survey.Id));
        }

        JsonNode card = CardTemplates.Render(CardNames.SurveyConfirm, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("Confirm.Heading", lang),
            ["title"] = survey.Title,
            ["audienceLabel"] = t.Get("Confirm.Audience", lang),
            ["audience"] = audience,
            ["recipientsLabel"] = t.Get("Confirm.Recipients", lang),
            ["recipients"] = recipients.ToString(CultureInfo.InvariantCulture),
            ["closesLabel"] = t.Get("Confirm.Closes", lang),
            ["closes"] = closes,
            ["anonymousLabel"] = t.Get("Confirm.Anonymous", lang),
            ["anonymous"] = t.Get(survey.IsAnonymous ? "Yes" : "No", lang),
            ["canConfirm"] = canConfirm,
            ["reminderLabel"] = t.Get("Confirm.Reminders", lang),
            ["reminderDays"] = survey.ReminderDays.Replace(",", ", ", StringComparison.Ordinal),
            ["status"] = statusKey is not null ? t.Get(statusKey, lang, recipients) : recipients == 0 ? t.Get("Confirm.Nobody", lang) : null,
            ["statusColor"] = statusKey is "Confirm.Sent" ? "Good" : "Attention",
            ["actions"] = actions,
        });
        return (card, t.Get("Confirm.Text", lang, survey.Title, audience, recipients, closes));
    }

    /// <summary>The results: respondents out of recipients, then counts and shares per question, chart and CSV links.</summary>
    public static (JsonNode Card, string Text) Results(Survey survey, SurveyDefinition definition, IReadOnlyList<QuestionResult> results, int respondents,
        int recipients, SurveyLinks links, string timeZoneId, string lang)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(links);
        var t = SurveysTexts.Texts;
        int rate = recipients == 0 ? 0 : (int)Math.Round(100.0 * respondents / recipients, MidpointRounding.AwayFromZero);
        string state = t.Get(survey.State == SurveyState.Open ? "Results.Open" : "Results.Closed", lang, ReminderTime.When(survey.ClosedAt ?? survey.ClosesAt, timeZoneId, lang));
        var questions = new JsonArray();
        foreach (QuestionResult r in results)
        {
            var facts = new JsonArray();
            foreach ((string _, string label, int count) in r.Counts.Take(15))
            {
                facts.Add(new JsonObject { ["title"] = label, ["value"] = $"{count} ({r.Percent(count)}%)" });
            }

            if (r.Average is { } average)
            {
                facts.Add(new JsonObject { ["title"] = t.Get("Results.Average", lang), ["value"] = average.ToString("0.0", CultureInfo.GetCultureInfo(lang == "en" ? "en-GB" : "it-IT")) });
            }

            questions.Add(CardTemplates.Render(CardNames.SurveyResultQuestion, new Dictionary<string, object?>
            {
                ["label"] = r.Question.Label.In(lang),
                ["answered"] = t.Get("Results.Answered", lang, r.Answered, respondents),
                ["facts"] = facts,
                ["chartTitle"] = t.Get("Results.Chart", lang),
                ["chartUrl"] = r.Counts.Count > 0 && r.Answered > 0 ? links.ChartUrl(survey.Id, r.Question.Id) : null,
            }));
        }

        var actions = new JsonArray
        {
            new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t.Get("Results.Csv", lang), ["url"] = links.CsvUrl(survey.Id) },
            Execute(t.Get("Results.Refresh", lang), CardVerbs.SurveyResults, survey.Id),
        };
        if (survey.State == SurveyState.Open)
        {
            actions.Add(Execute(t.Get("Results.Close", lang), CardVerbs.SurveyClose, survey.Id));
        }

        JsonNode card = CardTemplates.Render(CardNames.SurveyResults, new Dictionary<string, object?>
        {
            ["heading"] = t.Get("Results.Heading", lang),
            ["title"] = definition.Title.In(lang),
            ["summary"] = t.Get("Results.Summary", lang, respondents, recipients, rate, state),
            ["notice"] = survey.AnswersPurgedAt is not null ? t.Get("Results.Purged", lang) : survey.IsAnonymous ? t.Get("Results.Anonymous", lang) : null,
            ["questions"] = questions,
            ["actions"] = actions,
        });
        return (card, t.Get("Results.Text", lang, definition.Title.In(lang), respondents, recipients, rate));
    }
}
