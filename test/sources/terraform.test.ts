/**
 * TXT records in Terraform modules: each provider's resource shape, record
 * objects in `locals`, values from variables, tfvars files and locals, and
 * interpolations that stay computed. Each row is one module (a list of
 * files) and checks the TXT record at `index`.
 */

import { describe, expect, it } from 'vitest';

import { readTerraform, type TerraformFile } from '../../src/core/sources/terraform.js';
import { expectRecord, ofType, type ExpectedRecord } from './support.js';

interface TerraformCase {
  name: string;
  files: TerraformFile[];
  index?: number;
  expected: ExpectedRecord;
}

/** Wraps the text as a module of one file, `main.tf`. */
function main(text: string): TerraformFile[] {
  return [{ path: 'main.tf', text }];
}

const CLOUDFLARE_VALUE = `resource "cloudflare_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  value   = "v=STSv1; id=cf1"
}
`;

const CLOUDFLARE_CONTENT = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts.example.com"
  type    = "TXT"
  content = "v=STSv1; id=cf2"
  ttl     = 1
}
`;

const CLOUDFLARE_QUOTED = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = "\\"v=STSv1; id=cfq1\\""
}
`;

const ROUTE53_STRINGS = `resource "aws_route53_record" "sts" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  ttl     = 300
  records = ["\\"v=STSv1;\\" \\"id=r53a\\""]
}
`;

const ROUTE53_PLAIN = `resource "aws_route53_record" "sts" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "_mta-sts.example.com."
  type    = "TXT"
  ttl     = 300
  records = [
    "v=STSv1; id=r53b",
  ]
}
`;

const AZURE = `resource "azurerm_dns_txt_record" "sts" {
  name                = "_mta-sts"
  zone_name           = "example.com"
  resource_group_name = var.group
  ttl                 = 300

  record {
    value = "v=STSv1; id=az1"
  }
}
`;

const AZURE_NO_ZONE = `resource "azurerm_dns_txt_record" "sts" {
  name                = "_mta-sts"
  zone_name           = azurerm_dns_zone.main.name
  resource_group_name = var.group
  ttl                 = 300

  record {
    value = "v=STSv1; id=az2"
  }
}
`;

const GOOGLE = `resource "google_dns_record_set" "sts" {
  managed_zone = google_dns_managed_zone.main.name
  name         = "_mta-sts.example.com."
  type         = "TXT"
  ttl          = 300
  rrdatas      = ["\\"v=STSv1; id=gcp1\\""]
}
`;

const DIGITALOCEAN = `resource "digitalocean_record" "sts" {
  domain = "example.com"
  type   = "TXT"
  name   = "_mta-sts"
  value  = "v=STSv1; id=do1"
}
`;

const DESEC = `resource "desec_rrset" "sts" {
  domain  = "example.com"
  subname = "_mta-sts"
  type    = "TXT"
  records = ["\\"v=STSv1; id=desec1\\""]
}
`;

const GENERIC = `resource "acme_dns_record" "sts" {
  zone        = "example.com"
  record_name = "_mta-sts"
  record_type = "TXT"
  data        = "v=STSv1; id=gen1"
}
`;

const LOCALS_LIST = `locals {
  records = [
    { type = "CNAME", subdomain = "mta-sts", records = ["mail.example.com."] },
    { type = "TXT", subdomain = "_mta-sts", records = ["v=STSv1; id=loc1"] },
  ]
}
`;

const HEREDOC = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = <<EOT
v=STSv1; id=here1
EOT
}
`;

const HEREDOC_INDENTED = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = <<-EOT
    v=STSv1; id=here2
    EOT
}
`;

const HEREDOC_ESCAPE = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = <<-EOT
\tv=STSv1; id=here3; x=$\${y}
\tEOT
}
`;

const AZURE_PARTIAL_NAME = `resource "azurerm_dns_txt_record" "sts" {
  name      = "_mta-sts.\${var.subdomain}"
  zone_name = "example.com"

  record {
    value = "v=STSv1; id=az3"
  }
}
`;

const FROM_VARIABLE = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = "v=STSv1; id=\${var.sts_id}"
}
`;

const VARIABLES = `variable "sts_id" {
  type    = string
  default = "20240101"
}
`;

const NAME_FROM_VARIABLE = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts.\${var.domain}"
  type    = "TXT"
  content = "v=STSv1; id=\${var.sts_id}"
}

variable "domain" {
  default = "example.com"
}
variable "sts_id" {
  default = "nv1"
}
`;

const WHOLE_VARIABLE = `resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = var.sts_record
}

variable "sts_record" {
  default = "v=STSv1; id=whole1"
}
`;

const FROM_LOCAL = `locals {
  sts_id = "local1"
}

resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = "v=STSv1; id=\${local.sts_id}"
}
`;

const COMPUTED = `locals {
  policy_id = md5(local.policy)
}

resource "cloudflare_dns_record" "sts" {
  zone_id = var.zone_id
  name    = "_mta-sts"
  type    = "TXT"
  content = "v=STSv1; id=\${local.policy_id}"
}
`;

const FOR_EACH = `resource "cloudflare_dns_record" "sts" {
  for_each = toset(["example.com", "example.org"])
  zone_id  = data.cloudflare_zone.zone[each.key].id
  name     = "_mta-sts.\${each.key}"
  type     = "TXT"
  content  = "v=STSv1; id=each1"
}
`;

const FOR_EACH_VALUE = `resource "cloudflare_dns_record" "sts" {
  for_each = var.domains
  zone_id  = each.value.zone_id
  name     = "_mta-sts"
  type     = "TXT"
  content  = "v=STSv1; id=\${each.value.policy_id}"
}
`;

const TLSRPT = `resource "aws_route53_record" "tlsrpt" {
  zone_id = var.zone_id
  name    = "_smtp._tls.example.com"
  type    = "TXT"
  ttl     = 300
  records = ["v=TLSRPTv1; rua=mailto:tls@example.com"]
}
`;

const CASES: TerraformCase[] = [
  { name: 'cloudflare_record value', files: main(CLOUDFLARE_VALUE), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=cf1', id: { line: 5, column: 26 } } },
  {
    name: 'cloudflare_dns_record content',
    files: main(CLOUDFLARE_CONTENT),
    expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=cf2', id: { line: 5, column: 26 } },
  },
  { name: 'Cloudflare quoted content', files: main(CLOUDFLARE_QUOTED), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=cfq1', id: { line: 5, column: 28 } } },
  { name: 'Route 53 two strings', files: main(ROUTE53_STRINGS), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1;id=r53a', id: { line: 6, column: 33 } } },
  { name: 'Route 53 full name', files: main(ROUTE53_PLAIN), expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=r53b', id: { line: 7, column: 18 } } },
  { name: 'Azure record block', files: main(AZURE), expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=az1', id: { line: 8, column: 26 } } },
  { name: 'Azure computed zone', files: main(AZURE_NO_ZONE), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=az2', id: { line: 8, column: 26 } } },
  { name: 'Google rrdatas', files: main(GOOGLE), expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=gcp1', id: { line: 6, column: 34 } } },
  { name: 'DigitalOcean domain', files: main(DIGITALOCEAN), expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=do1', id: { line: 5, column: 25 } } },
  { name: 'deSEC rrset', files: main(DESEC), expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=desec1', id: { line: 5, column: 29 } } },
  { name: 'unknown provider', files: main(GENERIC), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=gen1', id: { line: 5, column: 30 } } },
  { name: 'record list in locals', files: main(LOCALS_LIST), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=loc1', id: { line: 4, column: 69 } } },
  { name: 'heredoc', files: main(HEREDOC), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=here1\n', id: { line: 6, column: 13 } } },
  { name: 'indented heredoc', files: main(HEREDOC_INDENTED), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=here2\n', id: { line: 6, column: 17 } } },
  { name: 'heredoc escape and tab', files: main(HEREDOC_ESCAPE), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=here3; x=${y}\n', id: { line: 6, column: 14 } } },
  { name: 'Azure computed name', files: main(AZURE_PARTIAL_NAME), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=az3', id: { line: 6, column: 26 } } },
  {
    name: 'variable default',
    files: [
      { path: 'main.tf', text: FROM_VARIABLE },
      { path: 'variables.tf', text: VARIABLES },
    ],
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=20240101', id: { line: 3, column: 14, file: 'variables.tf' } },
  },
  {
    name: 'tfvars override',
    files: [
      { path: 'main.tf', text: FROM_VARIABLE },
      { path: 'variables.tf', text: VARIABLES },
      { path: 'terraform.tfvars', text: 'zone_id = "abc"\nsts_id  = "20240601"\n' },
    ],
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=20240601', id: { line: 2, column: 12, file: 'terraform.tfvars' } },
  },
  {
    name: 'tfvars number',
    files: [
      { path: 'main.tf', text: FROM_VARIABLE },
      { path: 'variables.tf', text: VARIABLES },
      { path: 'prod.auto.tfvars', text: 'sts_id = 20240602\n' },
    ],
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=20240602', id: { line: 1, column: 10, file: 'prod.auto.tfvars' } },
  },
  {
    name: 'name from variable',
    files: main(NAME_FROM_VARIABLE),
    expected: { owner: '_mta-sts.example.com', relative: false, value: 'v=STSv1; id=nv1', id: { line: 12, column: 14 } },
  },
  { name: 'whole value from variable', files: main(WHOLE_VARIABLE), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=whole1', id: { line: 9, column: 26 } } },
  { name: 'local in same file', files: main(FROM_LOCAL), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=local1', id: { line: 2, column: 13 } } },
  {
    name: 'local in other file',
    files: [
      { path: 'main.tf', text: FROM_LOCAL.slice(FROM_LOCAL.indexOf('resource')) },
      { path: 'locals.tf', text: FROM_LOCAL.slice(0, FROM_LOCAL.indexOf('resource')) },
    ],
    expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=local1', id: { line: 2, column: 13, file: 'locals.tf' } },
  },
  { name: 'function call', files: main(COMPUTED), expected: { owner: '_mta-sts', relative: true, computed: 'md5(local.policy)' } },
  { name: 'for_each with literal', files: main(FOR_EACH), expected: { owner: '_mta-sts', relative: true, value: 'v=STSv1; id=each1', id: { line: 6, column: 27 } } },
  { name: 'for_each value', files: main(FOR_EACH_VALUE), expected: { owner: '_mta-sts', relative: true, computed: '${each.value.policy_id}' } },
  { name: 'TLS-RPT record', files: main(TLSRPT), expected: { owner: '_smtp._tls.example.com', relative: false, value: 'v=TLSRPTv1; rua=mailto:tls@example.com' } },
];

describe('terraform reader', () => {
  it.each(CASES)('$name', (row) => {
    const records = ofType(readTerraform(row.files));
    expectRecord(records[row.index ?? 0], row.expected);
  });

  it('reads CNAME from locals', () => {
    const records = ofType(readTerraform(main(LOCALS_LIST)), 'CNAME');
    expectRecord(records[0], { owner: 'mta-sts', relative: true, type: 'CNAME', target: 'mail.example.com' });
  });

  it('skips other record types', () => {
    const text = CLOUDFLARE_VALUE.replace('"TXT"', '"MX"');
    expect(readTerraform(main(text))).toEqual([]);
  });

  it('keeps literal quotes unpaired', () => {
    const text = CLOUDFLARE_QUOTED.replace('id=cfq1\\""', 'id=cfq1"');
    const records = readTerraform(main(text));
    expectRecord(records[0], { owner: '_mta-sts', relative: true, value: '"v=STSv1; id=cfq1', id: { line: 5, column: 28 } });
  });

  it('Route 53 keeps string boundaries', () => {
    const record = readTerraform(main(ROUTE53_STRINGS))[0]?.record;
    expect(record?.strings).toEqual(['v=STSv1;', 'id=r53a']);
  });
});
