/**
 * Demo accounts and the starter question banks. The questions are written to be answerable in
 * 45-90 seconds by someone at any career stage; guidance says what a strong answer covers.
 */
export const DEMO_PASSWORD = "rehearse-demo";

export const DEMO_ACCOUNTS = [
  { email: "candidate@rehearse.local", name: "Casey Candidate", role: "CANDIDATE" },
  { email: "coach@rehearse.local", name: "Morgan Coach", role: "COACH" },
  { email: "admin@rehearse.local", name: "Alex Admin", role: "ADMIN" },
] as const;

interface SeedQuestion {
  text: string;
  guidance: string;
  answerSeconds?: number;
  prepSeconds?: number;
  /** What a strong answer mentions; the report shows which were covered. */
  talkingPoints?: string[];
}

interface SeedBank {
  slug: string;
  title: string;
  category: string;
  description: string;
  questions: SeedQuestion[];
}

export const SEED_BANKS: SeedBank[] = [
  {
    slug: "behavioural-essentials",
    title: "Behavioural essentials",
    category: "behavioural",
    description:
      "Past-experience questions most interviews include. Answer with one concrete situation: what happened, what you did, and what changed because of it.",
    questions: [
      {
        text: "Tell me about a time you disagreed with a decision made by your manager or team. What did you do?",
        guidance: "Shows respectful challenge: the reasoning you offered, how you listened, and how you committed once a decision was made.",
        talkingPoints: ["reasoning / evidence / data", "listened", "committed to the decision / supported the decision"],
      },
      {
        text: "Describe a project that did not go as planned. What went wrong, and what did you do about it?",
        guidance: "Own your part without blaming others; spend most of the answer on the recovery and what you would repeat.",
      },
      {
        text: "Tell me about a time you had to learn something new quickly to get a job done.",
        guidance: "Name the skill, how you learned it (sources, people, practice) and the result you delivered with it.",
        talkingPoints: ["practice", "result / outcome"],
      },
      {
        text: "Give an example of a time you helped a colleague who was struggling.",
        guidance: "How you noticed, what help you offered, how you respected their ownership, and the outcome for both of you.",
      },
      {
        text: "Describe a situation where you had to work with someone whose style was very different from yours.",
        guidance: "Name the difference neutrally, what you adapted, and what the collaboration achieved.",
      },
      {
        text: "Tell me about a time you took the initiative on something nobody had asked you to do.",
        guidance: "Why it mattered, how you got buy-in, and the measurable effect.",
      },
      {
        text: "Describe a mistake you made at work or in your studies and how you handled it.",
        guidance: "A real mistake, told briefly; how quickly you surfaced it, how you fixed it and what you now do differently.",
      },
      {
        text: "Tell me about a time you had to deliver bad news to a customer, colleague or stakeholder.",
        guidance: "Preparation, timing, honesty, and what you offered alongside the news.",
      },
      {
        text: "Give an example of a goal you set for yourself and how you achieved it.",
        guidance: "A specific, measurable goal; the plan, the obstacles, and the result.",
      },
      {
        text: "Describe a time you had to prioritise several urgent tasks at once.",
        guidance: "How you decided what came first, who you told, and what you let slip deliberately.",
      },
      {
        text: "Tell me about a piece of feedback that changed how you work.",
        guidance: "What the feedback was, your first reaction, and the concrete change you made afterwards.",
      },
      {
        text: "Describe a time you persuaded someone to change their mind.",
        guidance: "Their starting point, the evidence or framing you used, and how you kept the relationship good.",
      },
    ],
  },
  {
    slug: "motivation-and-fit",
    title: "Motivation and fit",
    category: "motivation",
    description:
      "General questions about who you are and why you want the role. Be specific: replace adjectives with examples.",
    questions: [
      {
        text: "Tell me about yourself and what brings you to this role.",
        guidance: "Two or three sentences of background, one highlight, and a clear link to this role. Not a life story.",
        answerSeconds: 60,
      },
      {
        text: "Why do you want to work for this organisation in particular?",
        guidance: "Something specific you learned about them and why it matters to you personally.",
      },
      {
        text: "What are you looking for in your next role that you do not have today?",
        guidance: "Frame it as growth toward something, not escape from something.",
      },
      {
        text: "What would you say is your greatest strength, and how has it helped a team you were part of?",
        guidance: "One strength with one example; the team's result, not just yours.",
      },
      {
        text: "What is an area you are actively working to improve, and what are you doing about it?",
        guidance: "A real development area with a concrete practice you follow; avoid disguised strengths.",
      },
      {
        text: "Where would you like to be in three to five years?",
        guidance: "A direction rather than a title, and how this role moves you toward it.",
      },
      {
        text: "What kind of work environment helps you do your best work?",
        guidance: "Specific conditions (feedback, autonomy, pace) and how you adapt when they are missing.",
      },
      {
        text: "Tell me about an accomplishment you are proud of outside of work or school.",
        guidance: "What it shows about how you commit, learn or lead.",
      },
      {
        text: "How do you keep your skills up to date in your field?",
        guidance: "Habits, sources and one recent thing you learned and applied.",
      },
      {
        text: "Why are you leaving, or why did you leave, your most recent position?",
        guidance: "Honest and forward-looking; never criticise a former employer.",
      },
      {
        text: "What questions do you have for us about the role or the team?",
        guidance: "Two thoughtful questions that show you researched the role and care about doing it well.",
        answerSeconds: 30,
        prepSeconds: 10,
      },
    ],
  },
  {
    slug: "communication-under-pressure",
    title: "Communication under pressure",
    category: "pressure",
    description:
      "Short prep, direct questions. Practise staying structured and calm: pause, pick a structure, answer, stop.",
    questions: [
      {
        text: "You have thirty seconds: convince me to hire you.",
        guidance: "One sentence on fit, one proof point, one sentence on what you will do first.",
        answerSeconds: 30,
        prepSeconds: 5,
      },
      {
        text: "Your most important project is due tomorrow and a key teammate has just called in sick. Walk me through your next hour.",
        guidance: "Triage out loud: scope, communication, help you ask for, and what you would drop.",
        prepSeconds: 10,
      },
      {
        text: "Explain a complex idea from your field to someone who has never heard of it.",
        guidance: "An analogy, a concrete example, and a check that the listener followed.",
        answerSeconds: 60,
        prepSeconds: 10,
      },
      {
        text: "A customer is angry about a mistake your team made. What do you say in your first minute with them?",
        guidance: "Acknowledge, take responsibility, state the next step and when they will hear from you.",
        prepSeconds: 5,
      },
      {
        text: "Tell me about a time you were wrong in front of other people. How did you respond in the moment?",
        guidance: "Composure, a clear correction, and how you followed up afterwards.",
        prepSeconds: 10,
      },
      {
        text: "What would your harshest critic say about you, and are they right?",
        guidance: "A fair criticism, stated plainly, with what you do about it. Avoid defensiveness.",
        prepSeconds: 5,
      },
      {
        text: "You disagree with a senior leader in a meeting where everyone else agrees. What do you do?",
        guidance: "Whether and how you raise it, in the room or afterwards, and how you support the outcome.",
        prepSeconds: 10,
      },
      {
        text: "Summarise your career so far in three sentences.",
        guidance: "Past, present, next. Three sentences means three sentences.",
        answerSeconds: 30,
        prepSeconds: 10,
      },
      {
        text: "We have just lost our biggest client. What questions would you ask first?",
        guidance: "Questions about facts, causes and impact before solutions; show calm structure.",
        prepSeconds: 10,
      },
      {
        text: "Pick any everyday object near you and pitch it to me as if it were a new product.",
        guidance: "Who it is for, the problem it solves, one vivid benefit, and a close. Energy and structure over facts.",
        answerSeconds: 45,
        prepSeconds: 10,
      },
    ],
  },
];
