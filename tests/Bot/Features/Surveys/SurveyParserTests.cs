using ClustER.Bot.Features.Surveys;
using ClustER.Bot.Features.Surveys.Definition;
using ClustER.Bot.Storage.Entities;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClustER.Tests.Bot.Features.Surveys;

public sealed class SurveyParserTests
{
    [Fact]
    public void Parse_DemoInternationalisationSurvey_IsValidWithEveryKind()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DemoData", "surveys", "internazionalizzazione.json"));

        SurveyDefinition? survey = SurveyParser.Parse("internazionalizzazione.json", json, out List<SurveyValidationError> errors);

        Assert.Empty(errors);
        Assert.Contains(survey!.Questions, q => q.Kind == QuestionKind.Countries);
        Assert.Contains(survey.Questions.Single(q => q.Id == "fairs").Options, o => o.Value == "arab-health");
        Assert.Equal(survey.Questions.Select(q => q.Id), SurveyWriter.Read(SurveyWriter.Write(survey)).Questions.Select(q => q.Id));
    }

    [Fact]
    public void Parse_BadFile_NamesEveryFieldAndReturnsNothing()
    {
        const string json = """
            { "id": "Bad Id", "title": { "en": "no Italian" },
              "questions": [ { "id": "a", "kind": "slider", "label": { "it": "?" } },
                             { "id": "a", "kind": "single-choice", "label": { "it": "?" }, "options": [ { "value": "x", "label": { "it": "X" } } ] },
                             { "id": "c", "kind": "rating", "label": { "it": "?" }, "options": [] } ] }
            """;

        SurveyDefinition? survey = SurveyParser.Parse("bad.json", json, out List<SurveyValidationError> errors);

        Assert.Null(survey);
        Assert.Equal(["id", "questions[0].kind", "questions[1].id", "questions[1].options", "questions[2].options", "title.it"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("bad.json", e.File));
    }

    [Fact]
    public void Import_FolderWithABadFile_KeepsTheGoodOnesAndRecordsTheBadOneWhole()
    {
        string folder = Directory.CreateTempSubdirectory("surveys-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "ok.json"), """{ "id": "ok", "title": { "it": "Ok" }, "questions": [ { "id": "q", "kind": "yes-no", "label": { "it": "?" } } ] }""");
            File.WriteAllText(Path.Combine(folder, "broken.json"), """{ "id": "broken", "title": { "it": "B" }, "questions": [ { "id": "q", "kind": "yes-no" """);
            var catalog = new SurveyCatalog(NullLogger<SurveyCatalog>.Instance);

            IReadOnlyList<SurveyValidationError> problems = catalog.Import(folder);

            Assert.NotNull(catalog.Find("ok"));
            Assert.Null(catalog.Find("broken"));
            Assert.Equal("broken.json", Assert.Single(problems).File);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("a tutti, chiude il 15/12/2026", SurveyAudienceKind.Everyone, null, "2026-12-15")]
    [InlineData("to all, closes 2026-12-20, reminders 3, 1 days before", SurveyAudienceKind.Everyone, null, "2026-12-20")]
    [InlineData("a GdL 5, chiude il 10/01/2027", SurveyAudienceKind.WorkingGroup, 5, "2027-01-10")]
    [InlineData("to WG 11, closes 10 January 2027", SurveyAudienceKind.WorkingGroup, 11, "2027-01-10")]
    [InlineData("alle startup, chiude il 15/12", SurveyAudienceKind.OrganisationType, (int)OrganisationType.Startup, "2026-12-15")]
    [InlineData("agli ospedali, chiude il 15/12/2026", SurveyAudienceKind.OrganisationType, (int)OrganisationType.Hospital, "2026-12-15")]
    [InlineData("to universities, closes 15/12/2026", SurveyAudienceKind.OrganisationType, (int)OrganisationType.University, "2026-12-15")]
    public void Parse_SendCommand_ReadsAudienceAndCloseDate(string rest, SurveyAudienceKind kind, int? value, string close)
    {
        SurveyCommand? command = SurveyCommand.Parse("x", rest, new DateOnly(2026, 12, 2), out string? error);

        Assert.Null(error);
        Assert.Equal(kind, command!.Audience);
        Assert.Equal(value, command.AudienceValue);
        Assert.Equal(DateOnly.Parse(close, System.Globalization.CultureInfo.InvariantCulture), command.CloseDate);
    }

    [Theory]
    [InlineData("a tutti", "Send.Error.Date")]
    [InlineData("a tutti, chiude il 01/12/2026", "Send.Error.Past")]
    [InlineData("a GdL 14, chiude il 15/12/2026", "Send.Error.Audience")]
    [InlineData("ai marziani, chiude il 15/12/2026", "Send.Error.Audience")]
    [InlineData("a tutti, chiude il 15/12/2026, subito", "Send.Error.Unknown")]
    public void Parse_BadSendCommand_NamesTheProblem(string rest, string expected)
    {
        Assert.Null(SurveyCommand.Parse("x", rest, new DateOnly(2026, 12, 2), out string? error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_Reminders_AreReadInBothLanguages()
    {
        Assert.Equal([1, 3], SurveyCommand.Parse("x", "to all, closes 20/12/2026, reminders 3, 1 days before", new DateOnly(2026, 12, 2), out _)!.ReminderDays);
        Assert.Equal([1, 3], SurveyCommand.Parse("x", "a tutti, chiude il 20/12/2026, promemoria 3 e 1 giorni prima", new DateOnly(2026, 12, 2), out _)!.ReminderDays);
    }
}
