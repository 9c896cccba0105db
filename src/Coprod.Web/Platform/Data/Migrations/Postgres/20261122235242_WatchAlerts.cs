using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WatchAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "watch_alert_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    CommuneInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    Threshold = table.Column<int>(type: "integer", nullable: true),
                    WindowDays = table.Column<int>(type: "integer", nullable: true),
                    Sigmas = table.Column<double>(type: "double precision", nullable: true),
                    MinimumCount = table.Column<int>(type: "integer", nullable: true),
                    Years = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watch_alert_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "watch_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommuneInsee = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Expected = table.Column<double>(type: "double precision", nullable: true),
                    UpperLimit = table.Column<double>(type: "double precision", nullable: true),
                    AlertFrom = table.Column<int>(type: "integer", nullable: true),
                    Ratio = table.Column<double>(type: "double precision", nullable: true),
                    BaselineWeeks = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProcedureOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProcedureOpenedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UrgentMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watch_alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_watch_alerts_watch_alert_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "watch_alert_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "watch_alert_checklist",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watch_alert_checklist", x => x.Id);
                    table.ForeignKey(
                        name: "FK_watch_alert_checklist_watch_alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "watch_alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watch_alert_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watch_alert_log", x => x.Id);
                    table.ForeignKey(
                        name: "FK_watch_alert_log_watch_alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "watch_alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watch_alert_mobilised",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watch_alert_mobilised", x => x.Id);
                    table.ForeignKey(
                        name: "FK_watch_alert_mobilised_watch_alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "watch_alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_checklist_AlertId",
                table: "watch_alert_checklist",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_log_AlertId_At",
                table: "watch_alert_log",
                columns: new[] { "AlertId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_mobilised_AlertId",
                table: "watch_alert_mobilised",
                column: "AlertId");

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_mobilised_InstitutionId",
                table: "watch_alert_mobilised",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_mobilised_MembershipId",
                table: "watch_alert_mobilised",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_mobilised_PersonId",
                table: "watch_alert_mobilised",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_watch_alert_rules_PartnershipId_IsActive",
                table: "watch_alert_rules",
                columns: new[] { "PartnershipId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_watch_alerts_PartnershipId_Status_PeriodStart",
                table: "watch_alerts",
                columns: new[] { "PartnershipId", "Status", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_watch_alerts_RuleId_SeriesKey_PeriodStart",
                table: "watch_alerts",
                columns: new[] { "RuleId", "SeriesKey", "PeriodStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "watch_alert_checklist");

            migrationBuilder.DropTable(
                name: "watch_alert_log");

            migrationBuilder.DropTable(
                name: "watch_alert_mobilised");

            migrationBuilder.DropTable(
                name: "watch_alerts");

            migrationBuilder.DropTable(
                name: "watch_alert_rules");
        }
    }
}
