using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Tests.Bot.Features.Assemblies;

public sealed class MeetingStateTests
{
    private static readonly Dictionary<int, string> Names = Enumerable.Range(1, 10).ToDictionary(i => i, i => $"Org {i}");
    private static readonly List<Participant> Ten = [.. Enumerable.Range(1, 10).Select(i => new Participant(100 + i, $"Rep {i}", i, $"Org {i}"))];

    [Fact]
    public void Compute_ProxyToAnAttendingOrganisation_CountsAsRepresented()
    {
        List<MeetingResponse> responses =
        [
            R(1, MeetingAnswer.InPerson), R(2, MeetingAnswer.Online), R(3, MeetingAnswer.InPerson), R(4, MeetingAnswer.InPerson),
            R(5, MeetingAnswer.Proxy, holder: 1), R(6, MeetingAnswer.Proxy, holder: 1), R(7, MeetingAnswer.NotAttending),
        ];

        MeetingState state = MeetingState.Compute(Ten, responses, Names, 0.5);

        Assert.Equal((3, 1, 1), (state.InPerson, state.Online, state.NotAttending));
        Assert.Equal(6, state.PresentOrRepresented);
        Assert.Equal(6, state.QuorumNeeded); // more than half of 10
        Assert.True(state.QuorumExpected);
        Assert.Equal(("Org 5", "Org 1"), state.Proxies[0]);
        Assert.Equal(["Rep 8 (Org 8)", "Rep 9 (Org 9)", "Rep 10 (Org 10)"], state.NotAnswered);
    }

    [Fact]
    public void Compute_ProxyToAnOrganisationNotAttending_DoesNotCount()
    {
        List<MeetingResponse> responses =
        [
            R(1, MeetingAnswer.InPerson), R(2, MeetingAnswer.InPerson), R(3, MeetingAnswer.InPerson), R(4, MeetingAnswer.InPerson),
            R(5, MeetingAnswer.InPerson), R(6, MeetingAnswer.Proxy, holder: 7), R(7, MeetingAnswer.NotAttending),
        ];

        MeetingState state = MeetingState.Compute(Ten, responses, Names, 0.5);

        Assert.Equal(5, state.PresentOrRepresented);
        Assert.False(state.QuorumExpected); // exactly half is not more than half
    }

    private static MeetingResponse R(int org, MeetingAnswer answer, int? holder = null) =>
        new() { MeetingId = 1, PersonId = 100 + org, OrganisationId = org, Answer = answer, ProxyOrganisationId = holder };
}
