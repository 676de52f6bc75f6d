using System.Text.Json.Nodes;
using ClustER.Cards;

namespace ClustER.Tests.Cards;

public class CardBinderTests
{
    [Fact]
    public void Bind_TextWithQuotesAndBraces_StaysOneStringValue()
    {
        JsonNode template = JsonNode.Parse("""{"type":"TextBlock","text":"Hello ${name}!"}""")!;

        JsonNode bound = CardBinder.Bind(template, new Dictionary<string, object?> { ["name"] = "\"}],{\"x\":1" });

        Assert.Equal("Hello \"}],{\"x\":1!", bound["text"]!.GetValue<string>());
        Assert.Equal(2, bound.AsObject().Count);
    }

    [Fact]
    public void Bind_ArrayPlaceholder_SplicesItems()
    {
        JsonNode template = JsonNode.Parse("""{"body":[{"type":"TextBlock","text":"head"},"${items}"]}""")!;
        var items = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "a" }, new JsonObject { ["type"] = "TextBlock", ["text"] = "b" });

        JsonNode bound = CardBinder.Bind(template, new Dictionary<string, object?> { ["items"] = items });

        Assert.Equal(["head", "a", "b"], bound["body"]!.AsArray().Select(n => n!["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("x", 1)]
    public void Bind_When_DropsObjectUnlessTruthy(string? value, int expected)
    {
        JsonNode template = JsonNode.Parse("""{"body":[{"$when":"${link}","type":"TextBlock","text":"${link}"}]}""")!;

        JsonNode bound = CardBinder.Bind(template, new Dictionary<string, object?> { ["link"] = value });

        Assert.Equal(expected, bound["body"]!.AsArray().Count);
        Assert.False(CardBinder.HasPlaceholders(bound));
        Assert.DoesNotContain("$when", bound.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_LeavesTemplateUnchanged_AndCopiesANodeUsedTwice()
    {
        JsonNode template = JsonNode.Parse("""{"a":"${item}","b":"${item}","c":{"$when":"${flag}","text":"x ${name}"}}""")!;
        string before = template.ToJsonString();
        var item = new JsonObject { ["type"] = "TextBlock" };

        JsonNode bound = CardBinder.Bind(template, new Dictionary<string, object?> { ["item"] = item, ["flag"] = true, ["name"] = "y" });

        Assert.Equal(before, template.ToJsonString());
        Assert.NotSame(bound["a"], bound["b"]);
        Assert.Equal(bound["a"]!.ToJsonString(), bound["b"]!.ToJsonString());
        Assert.Equal("x y", bound["c"]!["text"]!.GetValue<string>());
    }
}
