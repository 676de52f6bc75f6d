using Microsoft.AspNetCore.Authorization;

namespace ClustER.Bot.Operations.Dashboard;

/// <summary>The signed-in user is staff (see <see cref="MemberDirectory.Staff.IStaffDirectory"/>).</summary>
internal sealed class StaffRequirement : IAuthorizationRequirement;
