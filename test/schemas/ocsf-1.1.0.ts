/**
 * A structural validator of the OCSF 1.1.0 Findings classes Skyhound writes, in zod: Compliance Finding
 * (class_uid 2003) and Detection Finding (2004) with their required attributes (activity_id,
 * category_uid, class_uid, type_uid = class_uid × 100 + activity_id, time, severity_id, metadata with
 * product and version, finding_info with uid and title; compliance with standards for class 2003),
 * the enumerations they use, and the resource_details and cloud objects. Not the full OCSF schema, which
 * is not vendored here.
 */
import { z } from 'zod'

const product = z.looseObject({ name: z.string().optional(), vendor_name: z.string().optional(), version: z.string().optional() })
  .refine((p) => p.name !== undefined || p.vendor_name !== undefined, 'product names a product or vendor')
const metadata = z.looseObject({ version: z.string().regex(/^\d+\.\d+\.\d+/), product, uid: z.string().optional(), profiles: z.array(z.string()).optional() })
const findingInfo = z.looseObject({
  uid: z.string().min(1),
  title: z.string().min(1),
  desc: z.string().optional(),
  types: z.array(z.string()).optional(),
  analytic: z.looseObject({ type_id: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(99)]), uid: z.string().optional(), name: z.string().optional() }).optional(),
})
const resource = z.looseObject({ uid: z.string().optional(), name: z.string().optional(), type: z.string().optional(), cloud_partition: z.string().optional() })
const severityId = z.union([0, 1, 2, 3, 4, 5, 6, 99].map((n) => z.literal(n)) as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>, ...z.ZodLiteral<number>[]])
const base = {
  activity_id: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(99)]),
  category_uid: z.literal(2),
  type_uid: z.int(),
  time: z.int().positive(),
  severity_id: severityId,
  status_id: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(99)]).optional(),
  metadata,
  finding_info: findingInfo,
  resources: z.array(resource).optional(),
  cloud: z.looseObject({ provider: z.string() }).optional(),
  message: z.string().optional(),
}
const typeUid = (e: { class_uid: number; activity_id: number; type_uid: number }): boolean => e.type_uid === e.class_uid * 100 + e.activity_id

export const ocsfComplianceFinding = z
  .looseObject({
    ...base,
    class_uid: z.literal(2003),
    compliance: z.looseObject({
      standards: z.array(z.string()).min(1),
      requirements: z.array(z.string()).optional(),
      control: z.string().optional(),
      status_id: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(99)]).optional(),
    }),
  })
  .refine(typeUid, 'type_uid is class_uid × 100 + activity_id')

export const ocsfDetectionFinding = z.looseObject({ ...base, class_uid: z.literal(2004) }).refine(typeUid, 'type_uid is class_uid × 100 + activity_id')
