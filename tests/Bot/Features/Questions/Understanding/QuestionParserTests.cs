using System.Globalization;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Understanding;

namespace ClustER.Tests.Bot.Features.Questions.Understanding;

public class QuestionParserTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2027-02-01T10:00:00+01:00", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Quali bandi sono aperti?", KnowledgeKind.Call)]
    [InlineData("any grants for us?", KnowledgeKind.Call)]
    [InlineData("finanziamenti a fondo perduto", KnowledgeKind.Call)]
    [InlineData("upcoming events", KnowledgeKind.Event)]
    [InlineData("appuntamenti di febbraio", KnowledgeKind.Event)]
    public void Parse_KindWords_SetTheKind(string question, KnowledgeKind kind) =>
        Assert.Equal([kind], Parse(question).Kinds);

    [Theory]
    [InlineData("Quando è la prossima assemblea dei soci?", "general-assembly")]
    [InlineData("When is the next general assembly?", "general-assembly")]
    [InlineData("next board meeting", "board-meeting")]
    [InlineData("riunione del consiglio direttivo", "board-meeting")]
    [InlineData("Quando si riunisce il gruppo di lavoro big data?", "wg-meeting")]
    [InlineData("fiere a Rimini", "fair")]
    [InlineData("convegni sulla sanità", "conference")]
    [InlineData("webinar EIC", "webinar")]
    [InlineData("missioni all'estero", "mission")]
    [InlineData("WG5", "wg-meeting")]
    public void Parse_EventKindWords_SetTheEventKind(string question, string eventKind)
    {
        ParsedQuestion q = Parse(question);

        Assert.Contains(eventKind, q.EventKinds);
        Assert.Contains(KnowledgeKind.Event, q.Kinds);
    }

    [Theory]
    [InlineData("Quali bandi EIC sono aperti?", "eic")]
    [InlineData("What's the deadline for the EIC Accelerator?", "eic-accelerator")]
    [InlineData("bandi PNRR", "pnrr")]
    [InlineData("calls of the Innovative Health Initiative", "ihi")]
    [InlineData("Horizon Europe cluster 1", "horizon-europe")]
    [InlineData("bandi POR FESR", "fesr")]
    [InlineData("Interreg", "interreg")]
    public void Parse_ProgrammeNames_AreRecognised(string question, string programme) =>
        Assert.Contains(programme, Parse(question).Programmes);

    [Theory]
    [InlineData("Is there any funding for startups?", "startup")]
    [InlineData("bandi per PMI", "sme")]
    [InlineData("bandi per piccole e medie imprese", "sme")]
    [InlineData("calls for universities", "university")]
    [InlineData("bandi per centri di ricerca", "research-centre")]
    [InlineData("bandi per ospedali", "hospital")]
    public void Parse_EligibilityWords_AreRecognised(string question, string eligibility) =>
        Assert.Contains(eligibility, Parse(question).Eligibility);

    [Theory]
    [InlineData("radiofarmaci", 1)]
    [InlineData("calls for radiopharmaceuticals", 1)]
    [InlineData("medicina rigenerativa", 3)]
    [InlineData("funding for gene therapy", 3)]
    [InlineData("bandi sull'intelligenza artificiale", 5)]
    [InlineData("AI calls", 5)]
    [InlineData("nutrizione", 8)]
    [InlineData("health tourism", 11)]
    public void Parse_ThemeWords_NameTheirPriority(string question, int priority) =>
        Assert.Contains(Parse(question).Concepts, c => c.Theme == priority);

    [Fact]
    public void Parse_EventKindWord_IsAlsoAContentWordSatisfiedByTheKind() =>
        Assert.Contains(Parse("I want to exhibit at an international fair, is there a grant?").Concepts, c => c.Word == "fair" && c.EventKind == "fair");

    [Fact]
    public void Parse_LowercaseAi_IsTheItalianPrepositionNotArtificialIntelligence() =>
        Assert.DoesNotContain(Parse("bandi ai soci").Concepts, c => c.Theme == 5);

    [Theory]
    [InlineData("priorità 8", 8)]
    [InlineData("priority 5 calls", 5)]
    [InlineData("WG3", 3)]
    public void Parse_PriorityNumbers_AreFilters(string question, int priority) =>
        Assert.Equal([priority], Parse(question).Priorities);

    [Theory]
    [InlineData("PNRR calls still open", QuestionStatus.Open)]
    [InlineData("bandi chiusi", QuestionStatus.Closed)]
    [InlineData("bandi scaduti di recente", QuestionStatus.Recent)]
    [InlineData("recently closed calls", QuestionStatus.Recent)]
    [InlineData("calls opening soon", QuestionStatus.Opening)]
    public void Parse_StatusWords_SetTheStatus(string question, QuestionStatus status) =>
        Assert.Equal(status, Parse(question).Status);

    [Theory]
    [InlineData("prossimo evento")]
    [InlineData("next webinar")]
    [InlineData("la prossima assemblea")]
    public void Parse_Next_AsksForTheSoonest(string question) => Assert.True(Parse(question).Next);

    [Fact]
    public void Parse_NextWeek_IsTimeNotSoonest()
    {
        ParsedQuestion q = Parse("events next week");

        Assert.False(q.Next);
        Assert.NotNull(q.Time);
    }

    [Fact]
    public void Parse_Place_IsRecognisedWithItsOtherNames()
    {
        Assert.Contains("brussels", Parse("eventi a Bruxelles").Places);
        Assert.Contains("rimini", Parse("fiere a Rimini").Places);
    }

    [Theory]
    [InlineData("Dove si tiene Exposanità?", "where", "exposanita")]
    [InlineData("Dove si tiene Exposanita?", "where", "exposanita")]
    [InlineData("BIO convention registration deadline", "registration", "convention")]
    [InlineData("What's the deadline for the EIC Accelerator?", "deadline", "accelerator")]
    [InlineData("Dov'è Exposanità?", "where", "exposanita")]
    [InlineData("When is Ecomondo?", "when", "ecomondo")]
    public void Parse_Question_KeepsFacetAndContentWords(string question, string facet, string word)
    {
        ParsedQuestion q = Parse(question);

        Assert.Contains(facet, q.Facets);
        Assert.Contains(q.Concepts, c => c.Word == word);
    }

    [Theory]
    [InlineData("quantum computing grants for banks", new[] { "quantum", "computing", "banks" })]
    [InlineData("ricette di cucina vegana", new[] { "ricette", "cucina", "vegana" })]
    [InlineData("Dove si tiene dell'assemblea?", new[] { "assemblea" })]
    [InlineData("Quali bandi sono aperti?", new string[0])]
    public void Parse_ContentWords_LeaveFillersAndGenericWordsOut(string question, string[] words) =>
        Assert.Equal(words, Parse(question).Concepts.Select(c => c.Word));

    [Theory]
    [InlineData("🎉🎉🎉")]
    [InlineData("?!")]
    [InlineData("   ")]
    [InlineData("ciao come stai")]
    public void Parse_NoContent_IsNotUnderstood(string question) => Assert.False(Parse(question).IsUnderstood);

    [Fact]
    public void Parse_VeryLongText_ReadsABoundedNumberOfWords()
    {
        ParsedQuestion q = Parse(string.Join(' ', Enumerable.Repeat("bandi ospedali telemedicina", 2000)));

        Assert.Contains(KnowledgeKind.Call, q.Kinds);
        Assert.True(q.Concepts.Count < 10);
    }

    private static ParsedQuestion Parse(string question) => new QuestionParser(Vocabulary.Default).Parse(question, Now);
}
