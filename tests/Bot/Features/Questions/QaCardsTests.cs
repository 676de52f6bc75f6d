using System.Text.Json.Nodes;
using ClustER.Bot.Features.Questions;
using ClustER.Bot.Features.Questions.Staff;
using ClustER.Bot.Routing;
using ClustER.Cards;

namespace ClustER.Tests.Bot.Features.Questions;

public class QaCardsTests
{
    public static TheoryData<string> QaTemplates()
    {
        var data = new TheoryData<string>();
        foreach (string name in CardTemplates.Names.Where(n => n.StartsWith("qa-", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QaTemplates))]
    public void Template_EveryVerb_HasARoute(string name)
    {
        var router = new ActivityRouter();
        new QuestionsFeature().MapRoutes(router);
        List<string> verbs = [];
        Collect(CardTemplates.Load(name), verbs);

        Assert.All(verbs, verb => Assert.Contains(router.Routes, r => r.Name == $"card:{verb}"));
    }

    [Theory]
    [MemberData(nameof(QaTemplates))]
    public void Template_Placeholders_AreAllBindable(string name)
    {
        // The binder reads ${letters, digits, '_' and '.'}: any other placeholder would reach the member as text.
        string json = CardTemplates.Load(name).ToJsonString();

        Assert.DoesNotMatch(@"\$\{[^}]*[^A-Za-z0-9_.}][^}]*\}", json);
    }

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Forms_Rendered_LeaveNoPlaceholder(string lang)
    {
        Assert.False(CardBinder.HasPlaceholders(KnowledgeForms.CallForm(null, lang)));
        Assert.False(CardBinder.HasPlaceholders(KnowledgeForms.EventForm(null, lang)));
        Assert.Contains("Fiera", KnowledgeForms.EventForm(null, "it").ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_HasMemberAndStaffLinesInBothLanguages()
    {
        var help = new QaHelp();

        Assert.Contains(help.GetEntries("it"), e => !e.StaffOnly && e.Example.Contains("bandi", StringComparison.Ordinal));
        Assert.Contains(help.GetEntries("en"), e => e.StaffOnly && e.Example.Contains("answer", StringComparison.Ordinal));
    }

    private static void Collect(JsonNode? node, List<string> verbs)
    {
        if (node is JsonObject obj)
        {
            if (obj["verb"] is JsonValue v && v.TryGetValue(out string? verb))
            {
                verbs.Add(verb);
            }

            foreach (KeyValuePair<string, JsonNode?> p in obj)
            {
                Collect(p.Value, verbs);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Collect(item, verbs);
            }
        }
    }
}
