using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryAndGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Communes = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_people_directory_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "directory_institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directory_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_services_directory_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "directory_institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "gov_bodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "directory_competences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProblemCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_competences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_competences_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_on_call_shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_on_call_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_on_call_shifts_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_presence_slots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_presence_slots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_presence_slots_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_service_territories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_service_territories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_service_territories_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_body_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByRight = table.Column<bool>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InForceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_body_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_body_members_gov_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "gov_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_convocation_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByPrefect = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_convocation_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_convocation_requests_gov_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "gov_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InvitationsSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_meetings_gov_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "gov_bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_agenda_items_gov_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "gov_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_invitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attendance = table.Column<int>(type: "INTEGER", nullable: true),
                    RepresentedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_invitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_invitees_gov_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "gov_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_competences_PartnershipId_ProblemCode",
                table: "directory_competences",
                columns: new[] { "PartnershipId", "ProblemCode" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_competences_ServiceId",
                table: "directory_competences",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_on_call_shifts_PartnershipId_From",
                table: "directory_on_call_shifts",
                columns: new[] { "PartnershipId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_on_call_shifts_ServiceId",
                table: "directory_on_call_shifts",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_people_InstitutionId",
                table: "directory_people",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_people_PartnershipId_Email",
                table: "directory_people",
                columns: new[] { "PartnershipId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_people_PartnershipId_LastName",
                table: "directory_people",
                columns: new[] { "PartnershipId", "LastName" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_presence_slots_PartnershipId_ServiceId",
                table: "directory_presence_slots",
                columns: new[] { "PartnershipId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_presence_slots_ServiceId",
                table: "directory_presence_slots",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_service_territories_ServiceId",
                table: "directory_service_territories",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_InstitutionId",
                table: "directory_services",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_PartnershipId_InstitutionId_Name",
                table: "directory_services",
                columns: new[] { "PartnershipId", "InstitutionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gov_agenda_items_MeetingId",
                table: "gov_agenda_items",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_bodies_PartnershipId",
                table: "gov_bodies",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_body_members_BodyId",
                table: "gov_body_members",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_convocation_requests_BodyId",
                table: "gov_convocation_requests",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_convocation_requests_PartnershipId_BodyId",
                table: "gov_convocation_requests",
                columns: new[] { "PartnershipId", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_gov_invitees_MeetingId",
                table: "gov_invitees",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_meetings_BodyId",
                table: "gov_meetings",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_meetings_PartnershipId_BodyId",
                table: "gov_meetings",
                columns: new[] { "PartnershipId", "BodyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_competences");

            migrationBuilder.DropTable(
                name: "directory_on_call_shifts");

            migrationBuilder.DropTable(
                name: "directory_people");

            migrationBuilder.DropTable(
                name: "directory_presence_slots");

            migrationBuilder.DropTable(
                name: "directory_service_territories");

            migrationBuilder.DropTable(
                name: "gov_agenda_items");

            migrationBuilder.DropTable(
                name: "gov_body_members");

            migrationBuilder.DropTable(
                name: "gov_convocation_requests");

            migrationBuilder.DropTable(
                name: "gov_invitees");

            migrationBuilder.DropTable(
                name: "directory_services");

            migrationBuilder.DropTable(
                name: "gov_meetings");

            migrationBuilder.DropTable(
                name: "gov_bodies");
        }
    }
}
