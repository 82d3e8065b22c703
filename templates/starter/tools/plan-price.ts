// A tool the model may call. Name, description and JSON-schema parameters are what the model sees;
// execute() runs here, in your process. Tool errors are returned to the model so it can recover.
// The app lists it under `tools:` in tandem.yaml. (The offline `extractive` provider never calls tools;
// a real model does.)
import { defineTool } from 'tandem';

const PRICES: Record<string, number> = { free: 0, team: 8, enterprise: 20 };

export default defineTool({
  name: 'plan_price',
  description: 'Monthly price in USD per user of a Lumen Notes plan (free, team or enterprise).',
  parameters: {
    type: 'object',
    properties: { plan: { type: 'string', enum: ['free', 'team', 'enterprise'] } },
    required: ['plan'],
  },
  execute: ({ plan }) => ({ plan, usdPerUserPerMonth: PRICES[String(plan)] }),
});
