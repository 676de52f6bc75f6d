using System.Reflection;
using System.Text.Json.Nodes;
using ClustER.Cards;

namespace ClustER.Tests.Cards;

public class CardTemplatesTests
{
    public static TheoryData<string> TemplateNames()
    {
        var data = new TheoryData<string>();
        foreach (string name in CardTemplates.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Names_ListsEveryCardName()
    {
        IEnumerable<string> declared = typeof(CardNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!);

        Assert.All(declared, name => Assert.Contains(name, CardTemplates.Names));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Load_EveryTemplate_ParsesAndIsAdaptiveCardOrElement(string name)
    {
        JsonNode card = CardTemplates.Load(name);

        Assert.NotNull(card["type"]);
        if (card["type"]!.GetValue<string>() == "AdaptiveCard")
        {
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Render_WithEveryPlaceholderFilled_LeavesNoPlaceholder(string name)
    {
        JsonNode template = CardTemplates.Load(name);
        var data = System.Text.RegularExpressions.Regex.Matches(template.ToJsonString(), @"\$\{([A-Za-z0-9_.]+)\}")
            .Select(m => m.Groups[1].Value).Distinct()
            .ToDictionary(k => k, k => (object?)"sample");

        JsonNode bound = CardTemplates.Render(name, data);

        Assert.False(CardBinder.HasPlaceholders(bound));
    }

    [Fact]
    public void Render_ChangingOneCard_DoesNotChangeTheNext()
    {
        var data = new Dictionary<string, object?> { ["when"] = "lunedì", ["canVote"] = true, ["inputId"] = "slot1" };
        JsonNode first = CardTemplates.Render(CardNames.PollSlot, data);
        string expected = first.ToJsonString();

        first["items"]!.AsArray().Clear();
        first["type"] = "Changed";
        JsonNode second = CardTemplates.Render(CardNames.PollSlot, data);

        Assert.Equal(expected, second.ToJsonString());
    }

    [Fact]
    public void Load_UnknownTemplate_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CardTemplates.Load("no-such-card"));

        Assert.Contains("no-such-card", ex.Message, StringComparison.Ordinal);
    }
}
