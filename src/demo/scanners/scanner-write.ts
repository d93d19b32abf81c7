/**
 * @module Writes the scanner reports: Trivy for every planted VM (agentless-style disk scans keyed by the cloud
 * id) and for the EKS/GKE images and the filler images, Grype for the AKS and container-app images, and one
 * Trivy SARIF report. Reports are not inventory: they do not count as resources.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { CveKey } from '../demo-images.js'
import { BASELINE_CVES, FILLER_IMAGES, IMAGE_CVES, IMAGES } from '../demo-images.js'
import type { DemoContext } from '../demo-plan.js'
import type { DemoSink } from '../demo-sink.js'
import { DEV_INSTANCES, devInstanceArn, PROD_INSTANCES, prodInstanceArn } from '../aws/aws-planted-resources.js'
import { VMS } from '../azure/azure-planted.js'
import { vmIdOf } from '../azure/azure-resources.js'
import { instanceName } from '../gcp/gcp-assets.js'
import { INSTANCES, PROD as GCP_PROD } from '../gcp/gcp-planted.js'
import type { SecretFinding, TrivyTarget } from './scanner-reports.js'
import { grypeReport, sarifReport, trivyReport } from './scanner-reports.js'

const gce = (name: string): string => instanceName(GCP_PROD, GCP_PROD.zone, name)
const rce = (key: CveKey): CveKey[] => [key, ...BASELINE_CVES]

/** A plaintext AWS key in a credentials file, as Trivy reports it (values masked). */
const AWS_CREDENTIALS_SECRETS: readonly SecretFinding[] = [
  {
    target: '/home/azureuser/.aws/credentials',
    ruleId: 'aws-access-key-id',
    title: 'AWS Access Key ID',
    line: 2,
    masked: 'aws_access_key_id = ********************',
    context: ['[default]', 'aws_access_key_id = ********************', 'aws_secret_access_key = ****************************************'],
  },
  {
    target: '/home/azureuser/.aws/credentials',
    ruleId: 'aws-secret-access-key',
    title: 'AWS Secret Access Key',
    line: 3,
    masked: 'aws_secret_access_key = ****************************************',
    context: ['aws_access_key_id = ********************', 'aws_secret_access_key = ****************************************', ''],
  },
]

export interface VmScan {
  readonly file: string
  readonly target: TrivyTarget
}

export const VM_SCANS: readonly VmScan[] = [
  { file: 'web-legacy-01', target: { kind: 'vm', artifact: prodInstanceArn(PROD_INSTANCES.webLegacy01), cves: rce('log4shell'), appPath: 'opt/legacy-app/lib/log4j-core-2.14.1.jar' } },
  { file: 'web-legacy-02', target: { kind: 'vm', artifact: prodInstanceArn(PROD_INSTANCES.webLegacy02), cves: rce('log4shell'), appPath: 'opt/legacy-app/lib/log4j-core-2.14.1.jar' } },
  { file: 'reporting-api-01', target: { kind: 'vm', artifact: prodInstanceArn(PROD_INSTANCES.reportingApi01), cves: rce('spring4shell'), appPath: 'opt/reporting/app.jar' } },
  { file: 'reporting-api-02', target: { kind: 'vm', artifact: prodInstanceArn(PROD_INSTANCES.reportingApi02), cves: [...BASELINE_CVES] } },
  { file: 'partner-sftp-01', target: { kind: 'vm', artifact: prodInstanceArn(PROD_INSTANCES.partnerSftp01), cves: [...BASELINE_CVES] } },
  { file: 'partner-sftp-02', target: { kind: 'vm', artifact: prodInstanceArn(PROD_INSTANCES.partnerSftp02), cves: [...BASELINE_CVES] } },
  { file: 'jump-host-01', target: { kind: 'vm', artifact: devInstanceArn(DEV_INSTANCES.jumpHost01), cves: rce('regresshion') } },
  { file: 'vm-shop-web-01', target: { kind: 'vm', artifact: vmIdOf(VMS.shopWeb01), cves: rce('regresshion') } },
  { file: 'vm-shop-web-02', target: { kind: 'vm', artifact: vmIdOf(VMS.shopWeb02), cves: rce('regresshion') } },
  { file: 'vm-ops-runner', target: { kind: 'vm', artifact: vmIdOf(VMS.opsRunner), cves: rce('regresshion'), secrets: AWS_CREDENTIALS_SECRETS } },
  { file: 'vm-ops-runner-dr', target: { kind: 'vm', artifact: vmIdOf(VMS.opsRunnerDr), cves: rce('regresshion') } },
  { file: 'vm-assistant-01', target: { kind: 'vm', artifact: vmIdOf(VMS.assistant01), cves: rce('regresshion') } },
  { file: 'vm-assistant-02', target: { kind: 'vm', artifact: vmIdOf(VMS.assistant02), cves: rce('regresshion') } },
  { file: 'web-frontend-1', target: { kind: 'vm', artifact: gce(INSTANCES.webFrontend1.name), cves: rce('apacheTraversal') } },
  { file: 'web-frontend-2', target: { kind: 'vm', artifact: gce(INSTANCES.webFrontend2.name), cves: rce('apacheTraversal') } },
  { file: 'legacy-cron-1', target: { kind: 'vm', artifact: gce(INSTANCES.legacyCron1.name), cves: rce('regresshion') } },
  { file: 'legacy-cron-2', target: { kind: 'vm', artifact: gce(INSTANCES.legacyCron2.name), cves: rce('regresshion') } },
  { file: 'batch-runner-1', target: { kind: 'vm', artifact: gce(INSTANCES.batchRunner1.name), cves: rce('regresshion') } },
  { file: 'batch-runner-2', target: { kind: 'vm', artifact: gce(INSTANCES.batchRunner2.name), cves: rce('regresshion') } },
]

const imageFile = (image: string): string => (image.split('/').pop() ?? image).replace(':', '-')
const cvesOf = (image: string): readonly CveKey[] => IMAGE_CVES[image] ?? BASELINE_CVES

const TRIVY_IMAGES = [IMAGES.storefront, IMAGES.logShipper, IMAGES.deployAgent, IMAGES.paymentsApi, IMAGES.edgeProxy, ...FILLER_IMAGES]
const GRYPE_IMAGES = [IMAGES.debugConsole, IMAGES.checkoutApi, IMAGES.returnsApi]
const SARIF_IMAGES = [IMAGES.reportBuilder]

async function writeReport(sink: DemoSink, path: string, report: JsonObject, format: 'trivy-json' | 'grype-json' | 'sarif', variant: string, records: number, indent: number): Promise<void> {
  const file = await sink.open(path)
  file.write(`${JSON.stringify(report, null, indent)}\n`)
  await sink.close(file, { format, variant, provider: 'scanner', records })
}

export async function writeScanners(ctx: DemoContext, sink: DemoSink): Promise<void> {
  const { clock } = ctx
  for (const scan of VM_SCANS) {
    await writeReport(sink, `scanners/trivy/vms/${scan.file}.json`, trivyReport(clock, scan.target), 'trivy-json', 'vm', scan.target.cves.length + (scan.target.secrets?.length ?? 0), 2)
  }
  for (const image of TRIVY_IMAGES) {
    const cves = cvesOf(image)
    await writeReport(sink, `scanners/trivy/images/${imageFile(image)}.json`, trivyReport(clock, { kind: 'image', artifact: image, cves, appPath: 'app/app.jar' }), 'trivy-json', 'container-image', cves.length, 2)
  }
  for (const image of GRYPE_IMAGES) {
    const cves = cvesOf(image)
    await writeReport(sink, `scanners/grype/${imageFile(image)}.json`, grypeReport(clock, image, cves, 'app/app.jar'), 'grype-json', 'container-image', cves.length, 1)
  }
  for (const image of SARIF_IMAGES) {
    const cves = cvesOf(image)
    await writeReport(sink, `scanners/sarif/${imageFile(image)}.sarif`, sarifReport(image, cves, 'app/app.jar'), 'sarif', 'trivy-container-image', cves.length, 2)
  }
}
