using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RemindersAndAssemblies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingResponses",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: true),
                    Answer = table.Column<int>(type: "int", nullable: false),
                    ProxyOrganisationId = table.Column<int>(type: "int", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingResponses", x => new { x.MeetingId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FirstCallAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SecondCallAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Place = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    OnlineLink = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NoticeDays = table.Column<int>(type: "int", nullable: false),
                    IsUrgent = table.Column<bool>(type: "bit", nullable: false),
                    IsCancelled = table.Column<bool>(type: "bit", nullable: false),
                    Uid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ConvenedByPersonId = table.Column<int>(type: "int", nullable: false),
                    ConvenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingStaffCards",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    ActivityId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingStaffCards", x => new { x.MeetingId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "ReminderOptOuts",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    ItemKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderOptOuts", x => new { x.PersonId, x.ItemKey });
                });

            migrationBuilder.CreateTable(
                name: "ReminderPreferences",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    IsMuted = table.Column<bool>(type: "bit", nullable: false),
                    Offsets = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderPreferences", x => new { x.PersonId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "ReminderSubjects",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ItemKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TitleIt = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ScheduleFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    Priorities = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IsCancelled = table.Column<bool>(type: "bit", nullable: false),
                    NotifiesChangesItself = table.Column<bool>(type: "bit", nullable: false),
                    PendingNotice = table.Column<int>(type: "int", nullable: true),
                    PendingNoticeOccurrence = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSubjects", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ReminderSubscriptions",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    ItemKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSubscriptions", x => new { x.PersonId, x.ItemKey });
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeetingId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IsExtraordinary = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId",
                table: "MeetingAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingResponses_MeetingId_ProxyOrganisationId",
                table: "MeetingResponses",
                columns: new[] { "MeetingId", "ProxyOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Uid",
                table: "Meetings",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSubjects_DueAt",
                table: "ReminderSubjects",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSubjects_ItemKey",
                table: "ReminderSubjects",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSubscriptions_ItemKey",
                table: "ReminderSubscriptions",
                column: "ItemKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingResponses");

            migrationBuilder.DropTable(
                name: "MeetingStaffCards");

            migrationBuilder.DropTable(
                name: "ReminderOptOuts");

            migrationBuilder.DropTable(
                name: "ReminderPreferences");

            migrationBuilder.DropTable(
                name: "ReminderSubjects");

            migrationBuilder.DropTable(
                name: "ReminderSubscriptions");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
