using System.Text.Json.Nodes;
using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Routing;

namespace ClustER.Tests.Bot.Features.Assemblies;

public sealed class ConvocationFormTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_ValidForm_ConvertsRomeTimesToUtc()
    {
        ConvocationForm? form = ConvocationForm.Read(Action(("firstCallDate", "2027-04-20"), ("firstCallTime", "10:00"),
            ("secondCallDate", "2027-04-20"), ("secondCallTime", "11:00")), 15, Now, out var errors);

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2027, 4, 20, 8, 0, 0, TimeSpan.Zero), form!.FirstCallAt); // CEST
        Assert.Equal(["Approvazione del bilancio 2026", "Nomina dei revisori"], form.Ordinary);
        Assert.False(form.IsUrgent);
    }

    [Fact]
    public void Read_InsideNoticePeriod_RefusedUnlessUrgentConfirmed()
    {
        ConvocationForm? refused = ConvocationForm.Read(Action(("firstCallDate", "2027-03-10")), 15, Now, out var errors);
        ConvocationForm? urgent = ConvocationForm.Read(Action(("firstCallDate", "2027-03-10"), ("urgent", "true")), 15, Now, out var none);

        Assert.Null(refused);
        FormError error = Assert.Single(errors);
        Assert.Equal("Form.Error.Notice", error.Key);
        Assert.Equal(Now.AddDays(15), error.Args[1]);
        Assert.Empty(none);
        Assert.True(urgent!.IsUrgent);
    }

    [Fact]
    public void Read_LowerNoticeInForm_StatuteStillApplies()
    {
        ConvocationForm.Read(Action(("firstCallDate", "2027-03-10"), ("noticeDays", "3")), 15, Now, out var errors);

        Assert.Equal("Form.Error.Notice", Assert.Single(errors).Key);
    }

    [Theory]
    [InlineData("firstCallDate", "2027-02-01", "Form.Error.Past")]
    [InlineData("firstCallDate", "not a date", "Form.Error.FirstCall")]
    [InlineData("place", "", "Form.Error.Where")]
    [InlineData("ordinaryAgenda", " \n ", "Form.Error.Agenda")]
    public void Read_BadField_NamesTheProblem(string field, string value, string expected)
    {
        ConvocationForm.Read(Action((field, value)), 15, Now, out var errors);

        Assert.Contains(errors, e => e.Key == expected);
    }

    [Fact]
    public void Read_SecondCallBeforeFirst_Refused()
    {
        ConvocationForm.Read(Action(("secondCallDate", "2027-04-20"), ("secondCallTime", "09:00")), 15, Now, out var errors);

        Assert.Contains(errors, e => e.Key == "Form.Error.SecondBeforeFirst");
    }

    [Fact]
    public void Read_LinkNotHttp_Refused()
    {
        ConvocationForm.Read(Action(("onlineLink", "javascript:alert(1)")), 15, Now, out var errors);

        Assert.Contains(errors, e => e.Key == "Form.Error.Link");
    }

    private static CardAction Action(params (string Key, string Value)[] overrides)
    {
        var data = new JsonObject
        {
            ["verb"] = "conveneMeeting",
            ["kind"] = "GeneralAssembly",
            ["firstCallDate"] = "2027-04-20",
            ["firstCallTime"] = "10:00",
            ["place"] = "Bologna, Tecnopolo",
            ["ordinaryAgenda"] = "- Approvazione del bilancio 2026\n\n- Nomina dei revisori",
            ["noticeDays"] = "15",
            ["urgent"] = "false",
        };
        foreach ((string key, string value) in overrides)
        {
            data[key] = value;
        }

        return new CardAction("conveneMeeting", data, IsInvoke: false);
    }
}
