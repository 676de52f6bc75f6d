using ClustER.Bot.Delivery;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Assemblies;
using ClustER.Jobs.Delivery;
using ClustER.Tests.Bot.Features.Assemblies;
using ClustER.Tests.Jobs.Reminders;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClustER.Tests.Jobs.Assemblies;

public sealed class SendConvocationJobTests : IDisposable
{
    private readonly AssemblyFixture _f = new(organisations: 6);
    private readonly RecordingMessenger _messenger;

    public SendConvocationJobTests() => _messenger = new RecordingMessenger(_f.Time);

    [Fact]
    public async Task RunAsync_Twice_EachRepresentativeGetsOneConvocationWithAgendaRsvpAndInvitation()
    {
        Meeting m = await _f.ConveneAsync();

        await Job().RunAsync(m.Id, 0, default);
        await Job().RunAsync(m.Id, 0, default);

        Assert.Equal(6, _messenger.Sent.Count);
        Assert.Equal(_f.Representatives.Order(), _messenger.Sent.Select(s => s.PersonId).Order());
        string card = _messenger.To(_f.Representatives[0])[0].Message.Card!.ToJsonString();
        Assert.Contains("Approvazione del bilancio", card, StringComparison.Ordinal);
        Assert.Contains("(parte straordinaria) Modifica dello statuto", card, StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"InPerson\"", card, StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"Proxy\"", card, StringComparison.Ordinal);
        Assert.Contains("/meetings/" + m.Id + "/invite.ics?t=", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":\"Org 01\"", card, StringComparison.Ordinal); // no proxy to oneself
        Assert.Contains("\"title\":\"Org 02\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SupersededChange_SendsOnlyTheCurrentOne()
    {
        Meeting m = await _f.ConveneAsync();
        using (BotDbContext db = _f.Database.CreateContext())
        {
            await _f.Service(db).CancelAsync(m.Id, default);
        }

        await Job().RunAsync(m.Id, 0, default);
        await Job().RunAsync(m.Id, 1, default);

        Assert.Equal(6, _messenger.Sent.Count);
        Assert.All(_messenger.Sent, s => Assert.Contains("RIUNIONE ANNULLATA", s.Message.Card!.ToJsonString(), StringComparison.Ordinal));
        Assert.DoesNotContain("meetingRsvp", _messenger.Sent.First().Message.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BoardMeeting_OnlyBoardMembersWithoutProxy()
    {
        Meeting m = await _f.ConveneAsync(MeetingKind.BoardMeeting);

        await Job().RunAsync(m.Id, 0, default);

        Assert.Equal(2, _messenger.Sent.Count);
        Assert.DoesNotContain("\"answer\":\"Proxy\"", _messenger.Sent.First().Message.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindUnanswered_SendsOnceToThoseWhoDidNotAnswer()
    {
        Meeting m = await _f.ConveneAsync();
        using (BotDbContext db = _f.Database.CreateContext())
        {
            await _f.Service(db).AnswerAsync(m.Id, _f.Representatives[0], MeetingAnswer.InPerson, null, default);
            await _f.Service(db).AnswerAsync(m.Id, _f.Representatives[1], MeetingAnswer.NotAttending, null, default);
        }

        await ReminderJob().RunAsync(m.Id, default);
        await ReminderJob().RunAsync(m.Id, default);

        Assert.Equal(_f.Representatives.Skip(2).Order(), _messenger.Sent.Select(s => s.PersonId).Order());
        Assert.All(_messenger.Sent, s => Assert.Contains("IN ATTESA DELLA TUA RISPOSTA", s.Message.Card!.ToJsonString(), StringComparison.Ordinal));
    }

    private FanOutRunner Runner() => new(new EfDeliveryLedger(_f.Database.Factory, _f.Time), _messenger, NullLogger<FanOutRunner>.Instance);

    private SendConvocationJob Job() => new(_f.Messages(), Runner());

    private RemindUnansweredJob ReminderJob() => new(_f.Messages(), Runner());

    public void Dispose() => _f.Dispose();
}
