package org.crvsplanner.export;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Everything the OpenCRVS documentation requires besides the servers, as a checklist the
 * officer fills in.
 */
final class ChecklistSheet {
    static final String NAME = "Checklist";
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int STATUS = 4;
    static final List<String> STATUSES = List.of("To do", "In progress", "Done", "Not applicable");

    private static final String DATA_CENTRE = "Data centre";
    private static final String NETWORK = "Network";
    private static final String ACCESS = "User access";
    private static final String SERVICES = "Third-party services";

    record Item(String area, String requirement, String source) {
    }

    static final List<Item> ITEMS = List.of(
            new Item(DATA_CENTRE, "Servers in a certified Tier 2 or Tier 3 data centre, or its equivalent minimum "
                    + "(see the Uptime Institute's design documents)", "Data Center"),
            new Item(DATA_CENTRE, "Uninterrupted power supply with independent, backup power generation",
                    "Data Center"),
            new Item(DATA_CENTRE, "Air conditioning", "Data Center"),
            new Item(DATA_CENTRE, "24/7 security access for authorised technical staff only", "Data Center"),
            new Item(DATA_CENTRE, "Automatic server backup off-site", "Data Center"),
            new Item(DATA_CENTRE, "Failsafe internet connectivity", "Data Center"),
            new Item(DATA_CENTRE, "Security policies and procedures in place", "Data Center"),
            new Item(DATA_CENTRE, "Network administrator staff capable of configuring and maintaining a scalable "
                    + "VPN solution", "Data Center"),
            new Item(DATA_CENTRE, "System administrators able to monitor server disk space and increase it on "
                    + "demand", "Server specifications"),
            new Item(NETWORK, "An internet connection to the servers of at least 10 Mbps (an absolute minimum; "
                    + "below it deploying is unworkable)", "Data Center"),
            new Item(NETWORK, "A government VPN, provided by the country, in front of all servers: OpenCRVS must not "
                    + "be reachable from the public internet without it", "Concepts: vpn"),
            new Item(NETWORK, "VPN clients and accounts for every user workstation, tablet and smartphone, and for "
                    + "every integrating API", "User access"),
            new Item(NETWORK, "The continuous deployment pipelines (GitHub Actions) can connect through the VPN, "
                    + "e.g. with openconnect (WireGuard needs a marketplace action)", "Concepts: continuous "
                    + "provisioning & deployment"),
            new Item(NETWORK, "Optional: a bastion (jump) server for SSH access to the servers without a VPN client",
                    "Concepts: bastion"),
            new Item(NETWORK, "The server administrator has SSH access through the VPN, with sudo, to all servers "
                    + "during provisioning", "Server administrator SSH access & permissions"),
            new Item(NETWORK, "Egress (outbound) internet access for updates, monitoring and email; if policy "
                    + "requires strict allow-listing, the required domains are allowed",
                    "Egress (outbound) internet access"),
            new Item(NETWORK, "A working SMTP server and SMTP user details, for staff onboarding and monitoring",
                    "Email (SMTP) server"),
            new Item(ACCESS, "VPN access to qa, production and staging for existing civil registration staff "
                    + "(Chrome on desktops, laptops and mobile devices)", "User access"),
            new Item(ACCESS, "VPN access for approved third-party government staff, e.g. healthcare staff in "
                    + "hospitals", "User access"),
            new Item(ACCESS, "VPN access for the development and QA team", "User access"),
            new Item(ACCESS, "VPN access for future automated integrations from approved healthcare services",
                    "User access"),
            new Item(ACCESS, "VPN access for future automated integrations with external government services",
                    "User access"),
            new Item(ACCESS, "VPN access for the automated deployment scripts from a private GitHub repository",
                    "User access"),
            new Item(SERVICES, "A Docker Hub organisation account, for the country configuration images",
                    "Ongoing costs of additional services"),
            new Item(SERVICES, "A GitHub organisation on at least the Team plan, for automated provisioning and "
                    + "deployment", "Ongoing costs of additional services"),
            new Item(SERVICES, "Optional, recommended: a Slack Pro account (SSH access alerts go to Slack)",
                    "Ongoing costs of additional services"),
            new Item(SERVICES, "Optional, recommended: a Sentry Team account (a free plan is fine for development "
                    + "or a proof of concept)", "Ongoing costs of additional services"),
            new Item(SERVICES, "Optional, recommended: a password manager such as 1Password Team or Bitwarden Team",
                    "Ongoing costs of additional services"));

    private ChecklistSheet() {
    }

    static void write(Grid grid, Styles styles) {
        grid.text(0, 0, "Checklist: everything else OpenCRVS needs", styles.title);
        grid.text(1, 0, "From the OpenCRVS documentation, \"Set-up a server-hosted environment\". Fill in the "
                + "Status column as each item is arranged.", styles.note);
        grid.merge(1, 0, 5);
        String[] headers = {"#", "Area", "Requirement", "Section of the documentation", "Status", "Notes"};
        for (int c = 0; c < headers.length; c++) {
            grid.text(HEADER_ROW, c, headers[c], styles.header);
        }
        int r = FIRST_ROW;
        for (Item item : ITEMS) {
            grid.number(r, 0, r - HEADER_ROW, styles.calculated(Styles.PLAIN));
            grid.text(r, 1, item.area(), styles.wrapped);
            grid.text(r, 2, item.requirement(), styles.wrapped);
            grid.text(r, 3, item.source(), styles.wrapped);
            grid.cell(r, STATUS, styles.inputText);
            grid.cell(r, 5, styles.userInput);
            grid.fitHeight(r, item.requirement(), 70);
            grid.fitHeight(r, item.source(), 30);
            r++;
        }
        DataValidationHelper helper = grid.sheet().getDataValidationHelper();
        DataValidation status = helper.createValidation(
                helper.createExplicitListConstraint(STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(FIRST_ROW, r - 1, STATUS, STATUS));
        status.setSuppressDropDownArrow(true);
        status.setShowErrorBox(true);
        status.createErrorBox("Status", "Status must be one of: " + String.join(", ", STATUSES) + ".");
        grid.sheet().addValidationData(status);
        grid.widths(4, 20, 70, 30, 14, 40);
        grid.layout(HEADER_ROW, FIRST_ROW);
    }
}
