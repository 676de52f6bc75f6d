using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Bot.Features.Assemblies;

public sealed class MeetingServiceTests : IDisposable
{
    private readonly AssemblyFixture _f = new(organisations: 6);

    [Fact]
    public async Task AnswerAsync_ThirdProxyToSameOrganisation_RefusedAtTheStatuteLimit()
    {
        Meeting m = await _f.ConveneAsync();
        int holder = _f.OrganisationIds[0];

        Assert.Null(await AnswerAsync(m.Id, _f.Representatives[1], MeetingAnswer.Proxy, holder));
        Assert.Null(await AnswerAsync(m.Id, _f.Representatives[2], MeetingAnswer.Proxy, holder));
        FormError? third = await AnswerAsync(m.Id, _f.Representatives[3], MeetingAnswer.Proxy, holder);

        Assert.Equal("Answer.ProxyFull", third?.Key);
        Assert.Equal(2, third!.Args[1]);
    }

    [Fact]
    public async Task WithdrawAsync_Proxy_FreesTheHoldersSlot()
    {
        Meeting m = await _f.ConveneAsync();
        int holder = _f.OrganisationIds[0];
        await AnswerAsync(m.Id, _f.Representatives[1], MeetingAnswer.Proxy, holder);
        await AnswerAsync(m.Id, _f.Representatives[2], MeetingAnswer.Proxy, holder);

        using (BotDbContext db = _f.Database.CreateContext())
        {
            Assert.Null(await _f.Service(db).WithdrawAsync(m.Id, _f.Representatives[2], default));
        }

        Assert.Null(await AnswerAsync(m.Id, _f.Representatives[3], MeetingAnswer.Proxy, holder));
    }

    [Theory]
    [InlineData(0, "Answer.ProxySelf")]
    [InlineData(-1, "Answer.ProxyMissing")]
    public async Task AnswerAsync_BadProxy_Refused(int holderIndex, string expected)
    {
        Meeting m = await _f.ConveneAsync();
        int? holder = holderIndex < 0 ? null : _f.OrganisationIds[holderIndex];

        Assert.Equal(expected, (await AnswerAsync(m.Id, _f.Representatives[0], MeetingAnswer.Proxy, holder))?.Key);
    }

    [Fact]
    public async Task AnswerAsync_ProxyToAnOrganisationThatDelegated_Refused()
    {
        Meeting m = await _f.ConveneAsync();
        await AnswerAsync(m.Id, _f.Representatives[1], MeetingAnswer.Proxy, _f.OrganisationIds[2]);

        Assert.Equal("Answer.ProxyChain", (await AnswerAsync(m.Id, _f.Representatives[0], MeetingAnswer.Proxy, _f.OrganisationIds[1]))?.Key);
    }

    [Fact]
    public async Task AnswerAsync_BoardMeeting_NoProxiesAndOnlyBoardMembers()
    {
        Meeting m = await _f.ConveneAsync(MeetingKind.BoardMeeting);

        Assert.Equal("Answer.NoProxyForBoard", (await AnswerAsync(m.Id, _f.Representatives[0], MeetingAnswer.Proxy, _f.OrganisationIds[1]))?.Key);
        Assert.Equal("Answer.NotConvened", (await AnswerAsync(m.Id, _f.Representatives[4], MeetingAnswer.InPerson, null))?.Key);
        Assert.Null(await AnswerAsync(m.Id, _f.Representatives[1], MeetingAnswer.Online, null));
    }

    [Fact]
    public async Task AnswerAsync_CancelledOrStarted_Closed()
    {
        Meeting m = await _f.ConveneAsync();
        _f.Time.Advance(TimeSpan.FromDays(31));

        Assert.Equal("Answer.Closed", (await AnswerAsync(m.Id, _f.Representatives[0], MeetingAnswer.InPerson, null))?.Key);
    }

    [Fact]
    public async Task AnswerAsync_NotAttending_StopsMeetingRemindersUntilAttendingAgain()
    {
        Meeting m = await _f.ConveneAsync();
        int rep = _f.Representatives[0];

        await AnswerAsync(m.Id, rep, MeetingAnswer.NotAttending, null);
        bool optedOut = await OptedOutAsync(rep, m.Id);
        await AnswerAsync(m.Id, rep, MeetingAnswer.Online, null);

        Assert.True(optedOut);
        Assert.False(await OptedOutAsync(rep, m.Id));
    }

    [Fact]
    public async Task ConveneAsync_Change_KeepsUidRaisesSequenceReplacesAgenda()
    {
        Meeting m = await _f.ConveneAsync();
        using BotDbContext db = _f.Database.CreateContext();
        var change = new ConvocationForm(MeetingKind.GeneralAssembly, m.Id, m.FirstCallAt.AddDays(1), null, null, "https://teams.example/meet",
            ["Bilancio"], [], 15, false);

        Meeting changed = (await _f.Service(db).ConveneAsync(change, _f.StaffId, default))!;

        Assert.Equal(m.Uid, changed.Uid);
        Assert.Equal(1, changed.Sequence);
        Assert.Single(await db.MeetingAgendaItems.Where(a => a.MeetingId == m.Id).ToListAsync());
    }

    private async Task<FormError?> AnswerAsync(int meetingId, int personId, MeetingAnswer answer, int? holder)
    {
        using BotDbContext db = _f.Database.CreateContext();
        return await _f.Service(db).AnswerAsync(meetingId, personId, answer, holder, default);
    }

    private async Task<bool> OptedOutAsync(int personId, int meetingId)
    {
        using BotDbContext db = _f.Database.CreateContext();
        return await db.ReminderOptOuts.AnyAsync(o => o.PersonId == personId && o.ItemKey == MeetingSubjectSource.ItemKey(meetingId));
    }

    public void Dispose() => _f.Dispose();
}
