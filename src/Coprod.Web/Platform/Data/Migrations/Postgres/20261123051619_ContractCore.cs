using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContractCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cls_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: true),
                    MilestoneId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FormalReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PlenaryMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlenaryListedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cls_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DiagnosticReference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cls_commitment_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_commitment_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_commitment_answers_cls_commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "cls_commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BaseVersion = table.Column<int>(type: "integer", nullable: false),
                    Proposal = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ProposedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_amendments_cls_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "cls_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_contract_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    AmendmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_contract_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_contract_versions_cls_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "cls_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_priorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_priorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_priorities_cls_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "cls_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_signatories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_signatories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_signatories_cls_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "cls_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_amendment_approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AmendmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignatoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Approved = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_amendment_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_amendment_approvals_cls_amendments_AmendmentId",
                        column: x => x.AmendmentId,
                        principalTable: "cls_amendments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_sheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    PriorityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Objective = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TargetPublic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Communes = table.Column<List<string>>(type: "text[]", nullable: false),
                    AreaIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    PilotInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CoPartnerIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Content = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Cost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_sheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_sheets_cls_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "cls_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_cls_sheets_cls_priorities_PriorityId",
                        column: x => x.PriorityId,
                        principalTable: "cls_priorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cls_funding",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Funder = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FunderInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_funding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_funding_cls_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "cls_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    Computation = table.Column<int>(type: "integer", nullable: false),
                    EventCategoryCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ResponsibleInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_indicators_cls_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "cls_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_milestones_cls_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "cls_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cls_indicator_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Origin = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cls_indicator_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cls_indicator_values_cls_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "cls_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cls_amendment_approvals_AmendmentId_SignatoryId",
                table: "cls_amendment_approvals",
                columns: new[] { "AmendmentId", "SignatoryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cls_amendments_ContractId_Number",
                table: "cls_amendments",
                columns: new[] { "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cls_commitment_answers_CommitmentId",
                table: "cls_commitment_answers",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_commitments_PartnershipId_Status_DueOn",
                table: "cls_commitments",
                columns: new[] { "PartnershipId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cls_commitments_SheetId",
                table: "cls_commitments",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_contract_versions_ContractId_Number",
                table: "cls_contract_versions",
                columns: new[] { "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cls_contracts_PartnershipId",
                table: "cls_contracts",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_funding_SheetId",
                table: "cls_funding",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_indicator_values_IndicatorId_PeriodEnd",
                table: "cls_indicator_values",
                columns: new[] { "IndicatorId", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_cls_indicator_values_PartnershipId",
                table: "cls_indicator_values",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_indicators_SheetId",
                table: "cls_indicators",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_milestones_SheetId",
                table: "cls_milestones",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_priorities_ContractId",
                table: "cls_priorities",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_sheets_ContractId_Number",
                table: "cls_sheets",
                columns: new[] { "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cls_sheets_PartnershipId",
                table: "cls_sheets",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_sheets_PriorityId",
                table: "cls_sheets",
                column: "PriorityId");

            migrationBuilder.CreateIndex(
                name: "IX_cls_signatories_ContractId",
                table: "cls_signatories",
                column: "ContractId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cls_amendment_approvals");

            migrationBuilder.DropTable(
                name: "cls_commitment_answers");

            migrationBuilder.DropTable(
                name: "cls_contract_versions");

            migrationBuilder.DropTable(
                name: "cls_funding");

            migrationBuilder.DropTable(
                name: "cls_indicator_values");

            migrationBuilder.DropTable(
                name: "cls_milestones");

            migrationBuilder.DropTable(
                name: "cls_signatories");

            migrationBuilder.DropTable(
                name: "cls_amendments");

            migrationBuilder.DropTable(
                name: "cls_commitments");

            migrationBuilder.DropTable(
                name: "cls_indicators");

            migrationBuilder.DropTable(
                name: "cls_sheets");

            migrationBuilder.DropTable(
                name: "cls_priorities");

            migrationBuilder.DropTable(
                name: "cls_contracts");
        }
    }
}
