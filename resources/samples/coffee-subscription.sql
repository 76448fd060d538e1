-- Valuemap sample plan: Bean There, a specialty coffee subscription shop.
-- Runs against an empty schema v1 database (product row id 1 already exists).

-- Product
UPDATE product SET name = 'Bean There – Coffee Subscription', owner = 'Lena Hoffmann, Product Owner', version = '1.2', vision_date = '2026-03-02', client = 'Bean There Roasting Co. GmbH', language = 'en', created_at = '2026-01-05T09:00:00.000Z', updated_at = '2026-06-26T16:40:00.000Z' WHERE id = 1;

-- Vision board
INSERT INTO vision_note (id, area, text, color, rank) VALUES (1, 0, 'For home brewers who love great coffee but hate the hassle, Bean There delivers freshly roasted specialty beans matched to their taste, so every morning starts with a cup worth getting up for.', '#fff3b0', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (2, 0, 'From the roaster to your cup in under 7 days.', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (3, 1, 'Home-office coffee explorers who want to try a new origin every month (persona: Curious Clara).', '', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (4, 1, 'Busy commuters and parents who simply never want to run out of good beans (persona: Busy Ben).', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (5, 1, 'Gift buyers looking for a thoughtful present for the coffee lovers in their life (persona: Gift-giving Greta).', '', 2);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (6, 1, 'Later: small offices with 5–20 people who are tired of the office capsule machine.', '', 3);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (7, 2, 'Supermarket beans taste flat: the roast date is months old or missing.', '', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (8, 2, 'Running out of coffee on a Monday morning is frustrating, and reordering is a chore nobody remembers.', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (9, 2, 'Forty coffees to choose from feel overwhelming. People are afraid of wasting €15 on a bag they won''t like.', '', 2);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (10, 2, 'Customers want to feel like a connoisseur and enjoy the small joy of unboxing something special.', '#f6c9a8', 3);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (11, 3, 'Taste quiz that matches you to three coffees', '', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (12, 3, 'Flexible subscription: choose the rhythm, skip, pause or swap at any time', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (13, 3, 'Letterbox delivery within 7 days of roasting', '', 2);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (14, 3, 'Gift subscriptions with a personal card', '', 3);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (15, 4, 'Subscribers pay monthly: Solo 250 g for €14.90, Duo 500 g for €26.90, Office 1 kg for €44.90, shipping included.', '', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (16, 4, 'Sample box of three 80 g bags for €9.90, credited on the first subscription.', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (17, 4, 'Gift buyers prepay 3, 6 or 12 months. No refunds, but the recipient can pause.', '', 2);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (18, 4, 'Targets: 45 % gross margin per bag, customer acquisition cost below €25.', '', 3);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (19, 5, 'National coffee subscription services with large catalogues and heavy discount marketing.', '', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (20, 5, 'Supermarkets and discounters selling cheap whole beans next to the milk.', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (21, 5, 'Local roasteries and cafés selling bags over the counter.', '', 2);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (22, 5, 'Capsule systems with automatic reordering.', '', 3);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (23, 6, 'More freshness: roasted to order, roast date printed on every bag.', '', 0);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (24, 6, 'Less choice overload: three personal matches instead of forty products.', '', 1);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (25, 6, 'Different: skip, pause and cancel with one click, never a phone call.', '', 2);
INSERT INTO vision_note (id, area, text, color, rank) VALUES (26, 6, 'More story: meet the people behind each coffee, like Jürgen Müller from Rösterei Südhang.', '#cfe8c4', 3);

-- Personas
INSERT INTO persona (id, name, description, color, rank) VALUES (1, 'Curious Clara', 'Works from home in Leipzig and wants to discover a new specialty coffee every month without visiting a roastery.', '#f6c9a8', 0);
INSERT INTO persona (id, name, description, color, rank) VALUES (2, 'Busy Ben', 'Commuting father of two who wants good beans to arrive before the bag runs empty, with zero admin.', '#b9d7f0', 1);
INSERT INTO persona (id, name, description, color, rank) VALUES (3, 'Gift-giving Greta', 'Looks for a thoughtful present that is easy to send to the coffee lovers in her family.', '#cfe8c4', 2);

-- Backbone: activities
INSERT INTO activity (id, title, description, color, rank) VALUES (1, 'Discover', 'Find Bean There and understand which coffee suits me.', '', 0);
INSERT INTO activity (id, title, description, color, rank) VALUES (2, 'Sign up', 'Create an account and tell us where to deliver.', '', 1);
INSERT INTO activity (id, title, description, color, rank) VALUES (3, 'Choose coffee', 'Pick beans, grind and bag size.', '', 2);
INSERT INTO activity (id, title, description, color, rank) VALUES (4, 'Subscribe & pay', 'Pick a plan and pay for it, for me or as a gift.', '#f7d794', 3);
INSERT INTO activity (id, title, description, color, rank) VALUES (5, 'Receive & brew', 'Get the parcel, unbox it and brew a great cup.', '', 4);
INSERT INTO activity (id, title, description, color, rank) VALUES (6, 'Manage subscription', 'Adapt the subscription to my life, or leave.', '', 5);

-- Backbone: steps
INSERT INTO step (id, activity_id, title, description, rank) VALUES (1, 1, 'Browse the shop', 'Look through the current coffees.', 0);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (2, 1, 'Take the taste quiz', 'Answer a few questions to get matched.', 1);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (3, 1, 'Read roaster stories', 'Learn who roasted the coffee and where it grew.', 2);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (4, 2, 'Create account', 'Register during checkout.', 0);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (5, 2, 'Set delivery address', 'Tell us where the parcel goes.', 1);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (6, 2, 'Verify & welcome', 'Confirm the email and get a warm welcome.', 2);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (7, 3, 'Pick beans', 'Choose the coffee itself.', 0);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (8, 3, 'Choose grind & size', 'Whole bean or ground, small or big bag.', 1);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (9, 3, 'Try a sample box', 'Taste before committing.', 2);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (10, 4, 'Pick a plan', 'Choose quantity and rhythm.', 0);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (11, 4, 'Pay', 'Enter payment details and get charged.', 1);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (12, 4, 'Gift a subscription', 'Send coffee to someone else.', 2);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (13, 5, 'Track delivery', 'Know when the parcel arrives.', 0);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (14, 5, 'Unbox', 'Open the parcel and find the coffee.', 1);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (15, 5, 'Brew & rate', 'Brew it and tell us how it was.', 2);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (16, 6, 'Change rhythm & pause', 'Adapt deliveries to holidays and habits.', 0);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (17, 6, 'Swap coffee', 'Try something else next time.', 1);
INSERT INTO step (id, activity_id, title, description, rank) VALUES (18, 6, 'Cancel & win-back', 'Leave easily, and maybe come back.', 2);

-- Releases
INSERT INTO "release" (id, name, outcome, target_date, status, capacity, rank) VALUES (1, 'MVP – First cup', 'Hypothesis: people will subscribe to freshly roasted beans if choosing, signing up and paying takes less than 3 minutes. Outcome: 200 paying subscribers by the end of March.', '2026-03-31', 2, 40, 0);
INSERT INTO "release" (id, name, outcome, target_date, status, capacity, rank) VALUES (2, 'Release 2 – Habit', 'Subscribers build a coffee routine: the taste quiz finds the right beans, and skip, swap and flexible rhythms keep people from cancelling.', '2026-06-30', 1, 45, 1);
INSERT INTO "release" (id, name, outcome, target_date, status, capacity, rank) VALUES (3, 'Release 3 – Delight', 'Turn subscribers into fans who give Bean There as a gift and recommend it: gifting, brew guides and personal suggestions.', '2026-09-30', 0, NULL, 2);

-- Tags
INSERT INTO tag (id, name, color) VALUES (1, 'onboarding', '#a8d5ba');
INSERT INTO tag (id, name, color) VALUES (2, 'payments', '#f4b6b6');
INSERT INTO tag (id, name, color) VALUES (3, 'logistics', '#c9c0e8');
INSERT INTO tag (id, name, color) VALUES (4, 'retention', '#f7d794');
INSERT INTO tag (id, name, color) VALUES (5, 'mobile', '#9fd3e6');
INSERT INTO tag (id, name, color) VALUES (6, 'ux', '');

-- Goals
INSERT INTO goal (id, name, description, metric, unit, baseline, target, target_date, direction, rank) VALUES (1, 'Trial-to-subscriber conversion', 'Share of shop visitors who end up as paying subscribers within 30 days.', 'Conversion rate', '%', 4, 10, '2026-09-30', 0, 0);
INSERT INTO goal (id, name, description, metric, unit, baseline, target, target_date, direction, rank) VALUES (2, 'Churn in the first 3 months', 'Share of new subscribers who cancel within their first three months.', 'Early churn rate', '%', 18, 8, '2026-09-30', 1, 1);

-- Stories (ranked per step: MVP first, then Release 2, Release 3, unplanned)
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (1, 1, 1, 0, 'Browse all coffees on one page', 'A single shop page lists every current coffee with origin, roast level and price per bag.', 'Given I open the shop page' || char(10) || 'When it has loaded' || char(10) || 'Then I see every coffee with origin, roast level and price' || char(10) || 'And sold-out coffees are greyed out', 3, 80, 2, 1, '', '2026-01-06T13:17:00.000Z', '2026-02-13T13:11:00.000Z', '2026-02-13T13:11:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (2, 1, 2, 1, 'Filter coffees by roast level and origin', 'Filters let explorers find, for example, a light Ethiopian in two clicks.', 'Given I am on the shop page' || char(10) || 'When I select ''Light'' and ''Ethiopia''' || char(10) || 'Then only matching coffees are shown' || char(10) || 'And the filter is kept when I come back', 2, 45, 2, 1, '', '2026-01-22T09:34:00.000Z', '2026-04-24T16:22:00.000Z', '2026-04-24T16:22:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (3, 1, 3, 2, 'Show tasting notes as a flavour wheel', 'A visual flavour wheel per coffee (fruity, nutty, chocolatey) instead of a plain text list.', '', 5, 30, 0, 1, '', '2026-03-10T14:51:00.000Z', '2026-03-10T14:51:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (4, 1, NULL, 3, 'Shop pages in German and French', 'Translate shop, checkout and emails to reach customers in Austria and Switzerland.', '', 8, 25, 0, NULL, '', '2026-02-18T10:08:00.000Z', '2026-03-03T14:28:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (5, 2, 2, 0, 'Answer a five-question taste quiz', 'Five playful questions such as ''How do you take your coffee?'' build a simple taste profile.', 'Given I start the quiz' || char(10) || 'When I answer five questions' || char(10) || 'Then I see my progress at every step' || char(10) || 'And I can go back and change an answer', 5, 70, 2, 1, '#fff3b0', '2026-01-20T15:25:00.000Z', '2026-05-08T17:55:00.000Z', '2026-05-08T17:55:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (6, 2, 2, 1, 'Get three coffee matches from my quiz', 'The quiz result shows three coffees, each with a short ''why this fits you''.', 'Given I finished the quiz' || char(10) || 'Then I see exactly three matching coffees' || char(10) || 'And each one has a one-line reason' || char(10) || 'And I can subscribe to one directly', 2, 65, 1, 1, '', '2026-01-20T11:42:00.000Z', '2026-06-22T16:42:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (7, 2, 3, 2, 'Keep my quiz result without an account', 'Store the taste profile in the browser so visitors can come back later and still see their matches.', '', 2, 35, 0, 1, '', '2026-04-02T16:59:00.000Z', '2026-04-02T16:59:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (8, 2, NULL, 3, 'Quiz learns from my coffee ratings', 'Use the ratings of delivered coffees to refine the taste profile over time.', '', 13, 40, 0, 1, '', '2026-05-12T12:16:00.000Z', '2026-05-12T12:16:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (9, 3, 1, 0, 'Read a short story about each roaster', 'Each coffee links to a half-page story about the roaster and the farm.', '', 2, 40, 2, 1, '', '2026-01-08T08:33:00.000Z', '2026-03-04T13:39:00.000Z', '2026-03-04T13:39:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (10, 3, 3, 1, 'See farm photos and harvest dates', 'Photos and the harvest season make the origin tangible and justify the price.', '', 2, 30, 0, 1, '', '2026-03-16T13:50:00.000Z', '2026-03-16T13:50:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (11, 3, NULL, 2, 'Join a live online tasting with the roaster', 'A monthly 30-minute video tasting for subscribers, hosted by one of our roasters.', '', NULL, 20, 0, 1, '', '2026-02-25T09:07:00.000Z', '2026-02-25T09:07:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (12, 4, 1, 0, 'Sign up with email and password', 'Minimal sign-up inside the checkout: name, email, password.', 'Given I am in the checkout' || char(10) || 'When I enter name, email and a password of at least 8 characters' || char(10) || 'Then my account is created without leaving the checkout' || char(10) || 'And I am logged in', 3, 85, 2, 2, '', '2026-01-05T14:24:00.000Z', '2026-02-12T14:12:00.000Z', '2026-02-12T14:12:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (13, 4, 2, 1, 'Sign up with Google or Apple', 'One-tap sign-up for people on their phones who hate passwords.', '', 3, 60, 2, 2, '', '2026-02-03T10:41:00.000Z', '2026-05-14T17:23:00.000Z', '2026-05-14T17:23:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (14, 4, NULL, 2, 'Log in with a magic link, no password', 'Send a one-time login link by email instead of asking for a password.', '', 3, 35, 0, 2, '', '2026-04-20T15:58:00.000Z', '2026-04-20T15:58:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (15, 5, 1, 0, 'Enter delivery address with postcode check', 'Validate German postcodes and reject addresses we cannot ship to yet.', 'Given I enter a postcode outside Germany' || char(10) || 'Then I see ''We currently ship within Germany only''' || char(10) || 'And I cannot continue to payment', 2, 75, 2, 2, '', '2026-01-07T11:15:00.000Z', '2026-02-20T15:45:00.000Z', '2026-02-20T15:45:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (16, 5, 2, 1, 'Autocomplete my address as I type', 'Address suggestions cut the typos that cause failed deliveries. Blocked: the contract with the address API provider is not signed yet.', '', 3, 45, 3, 2, '#f4b6b6', '2026-02-10T16:32:00.000Z', '2026-06-18T14:52:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (17, 5, NULL, 2, 'Deliver to a parcel locker', 'Let subscribers choose a parcel locker or post office as their delivery address.', '', 5, 40, 0, 2, '', '2026-03-19T12:49:00.000Z', '2026-03-19T12:49:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (18, 6, 1, 0, 'Confirm my email with one click', 'Double opt-in link so that receipts and shipping emails really arrive.', '', 1, 50, 2, 2, '', '2026-01-07T08:06:00.000Z', '2026-02-17T16:18:00.000Z', '2026-02-17T16:18:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (19, 6, 2, 1, 'Welcome email with a brewing guide', 'After the first order, send a friendly welcome with a brewing guide for the chosen grind.', 'Given I placed my first order' || char(10) || 'Then I get a welcome email within 5 minutes' || char(10) || 'And it contains the brewing guide for my grind', 2, 45, 2, 1, '', '2026-02-05T13:23:00.000Z', '2026-04-17T11:29:00.000Z', '2026-04-17T11:29:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (20, 6, NULL, 2, 'Share my referral code after sign-up', 'Friends get €5 off their first bag, and I get a free bag for every three referrals.', '', 3, NULL, 0, 1, '', '2026-05-04T09:40:00.000Z', '2026-05-04T09:40:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (21, 7, 1, 0, 'Choose from six house coffees', 'A fixed range of six coffees keeps roasting and stock simple for the launch.', 'Given I start a subscription' || char(10) || 'Then I can choose one of six coffees' || char(10) || 'And I see roast level and tasting notes for each', 2, 90, 2, 2, '', '2026-01-05T14:57:00.000Z', '2026-02-11T17:51:00.000Z', '2026-02-11T17:51:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (22, 7, 3, 1, 'Roaster''s choice: a new coffee each month', 'A surprise option where the roaster picks a different single origin every month.', '', 5, 55, 0, 1, '#fff3b0', '2026-03-24T10:14:00.000Z', '2026-03-24T10:14:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (23, 7, NULL, 2, 'See how many bags of a limited lot are left', 'Show the remaining stock of micro-lots to create healthy urgency.', '', 2, 30, 0, 1, '', '2026-04-14T15:31:00.000Z', '2026-04-14T15:31:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (24, 7, NULL, 3, 'Decaf and low-acid coffees', 'Add a small decaf and low-acid range for evening drinkers and sensitive stomachs.', '', 3, NULL, 0, NULL, '', '2026-06-03T11:48:00.000Z', '2026-06-03T11:48:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (25, 8, 1, 0, 'Choose whole bean or ground for my brewer', 'Options: whole bean, or ground for filter, French press or espresso.', 'Given I chose a coffee' || char(10) || 'When I select ''ground''' || char(10) || 'Then I must pick my brewing method' || char(10) || 'And the grind is printed on the label', 2, 70, 2, 2, '', '2026-01-09T16:05:00.000Z', '2026-02-26T13:35:00.000Z', '2026-02-26T13:35:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (26, 8, 2, 1, 'Pick bag size: 250 g or 1 kg', 'Bigger households want fewer, larger deliveries.', '', 2, 50, 2, 2, '', '2026-02-12T12:22:00.000Z', '2026-04-29T16:46:00.000Z', '2026-04-29T16:46:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (27, 8, 3, 2, 'Recommend a grind for my brewing method', 'Suggest the right grind when people are unsure which one to pick.', '', 3, 35, 0, 1, '', '2026-04-08T08:39:00.000Z', '2026-04-08T08:39:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (28, 9, 2, 0, 'Order a sample box of three 80 g bags', 'A €9.90 sample box lowers the risk for people who don''t know yet which coffee they like.', 'Given I am not sure which coffee to choose' || char(10) || 'When I order the sample box' || char(10) || 'Then I pay €9.90 once, without a subscription' || char(10) || 'And three 80 g bags ship within 3 days', 5, 75, 1, 1, '#fff3b0', '2026-03-02T13:56:00.000Z', '2026-06-24T14:16:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (29, 9, 3, 1, 'Credit the sample box on my first plan', 'If a sample customer subscribes within 30 days, the €9.90 is deducted from the first invoice.', 'Given I bought a sample box less than 30 days ago' || char(10) || 'When I start a subscription' || char(10) || 'Then my first invoice is reduced by €9.90', 3, 60, 0, 1, '', '2026-03-02T09:13:00.000Z', '2026-03-02T09:13:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (30, 10, 1, 0, 'Choose a plan: Solo, Duo or Office', 'Three monthly plans with 250 g, 500 g or 1 kg of coffee, shipping included.', 'Given I chose my coffee' || char(10) || 'Then I see Solo, Duo and Office with their monthly prices' || char(10) || 'And each price includes shipping', 3, 95, 2, 2, '', '2026-01-05T14:30:00.000Z', '2026-02-19T12:30:00.000Z', '2026-02-19T12:30:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (31, 10, 2, 1, 'Deliver every 2 or 4 weeks', 'Heavy drinkers run out after two weeks, so let them pick the rhythm.', '', 3, 70, 2, 2, '', '2026-01-26T10:47:00.000Z', '2026-05-06T15:41:00.000Z', '2026-05-06T15:41:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (32, 10, 3, 2, 'Annual plan with two months free', 'A prepaid yearly plan that rewards loyal subscribers.', '', 3, 55, 0, 2, '', '2026-04-22T15:04:00.000Z', '2026-04-22T15:04:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (33, 10, NULL, 3, 'Office plan with shared invoice', 'Monthly invoice for companies, with VAT ID and purchase order number.', '', 13, 45, 0, NULL, '', '2026-05-27T11:21:00.000Z', '2026-05-27T11:21:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (34, 11, 1, 0, 'Pay by card with monthly billing', 'Card payment through our payment provider, charged automatically for each delivery.', 'Given I enter valid card details' || char(10) || 'When I confirm the order' || char(10) || 'Then the first delivery is charged immediately' || char(10) || 'And later deliveries are charged 2 days before shipping' || char(10) || 'And I get a receipt by email', 8, 100, 2, 2, '', '2026-01-05T16:38:00.000Z', '2026-03-18T16:14:00.000Z', '2026-03-18T16:14:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (35, 11, 2, 1, 'Pay with PayPal', 'Many German shoppers only buy online when PayPal is offered.', '', 3, 65, 2, 2, '', '2026-02-02T12:55:00.000Z', '2026-05-20T11:25:00.000Z', '2026-05-20T11:25:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (36, 11, 2, 2, 'Retry failed payments and notify me', 'Retry a failed charge and email the customer instead of silently cancelling.', 'Given my card payment fails' || char(10) || 'Then the charge is retried after 1 and after 3 days' || char(10) || 'And I get an email with a link to update my card' || char(10) || 'And my delivery is held, not cancelled', 5, 60, 1, 2, '', '2026-03-30T08:12:00.000Z', '2026-06-25T14:12:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (37, 11, 3, 3, 'Pay by SEPA direct debit', 'Direct debit is the preferred way to pay recurring bills in Germany.', '', 5, 45, 0, 2, '', '2026-04-16T13:29:00.000Z', '2026-04-16T13:29:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (38, 11, 3, 4, 'Apple Pay and Google Pay at checkout', '', '', 3, 40, 0, 2, '', '2026-05-05T09:46:00.000Z', '2026-05-05T09:46:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (39, 12, 3, 0, 'Buy a 3-month gift subscription', 'A prepaid gift for 3, 6 or 12 months, delivered to the recipient.', 'Given I choose ''Give as a gift''' || char(10) || 'When I enter the recipient''s address and pay' || char(10) || 'Then the recipient gets the first bag with the next roast' || char(10) || 'And I never see their account data', 5, 55, 0, 3, '', '2026-03-05T14:03:00.000Z', '2026-03-05T14:03:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (40, 12, 3, 1, 'Add a personal message card to a gift', 'A printed card with a short message in the first box.', '', 2, 40, 0, 3, '', '2026-03-05T10:20:00.000Z', '2026-03-05T10:20:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (41, 12, 3, 2, 'Schedule a gift for a birthday', 'Choose the date of the first gift delivery.', 'Given I buy a gift subscription' || char(10) || 'When I pick a date at least 5 days ahead' || char(10) || 'Then the first parcel arrives on or just before that date', 3, 45, 0, 3, '', '2026-03-12T15:37:00.000Z', '2026-03-12T15:37:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (42, 12, 3, 3, 'Turn a gift into my own subscription', 'When a gift ends, the recipient can continue with one click and keep their preferences.', 'Given my gift subscription ends in 14 days' || char(10) || 'Then I get an email with a one-click ''Keep my coffee coming''' || char(10) || 'And my coffee, grind and rhythm are kept', 5, 60, 0, 3, '', '2026-04-28T11:54:00.000Z', '2026-04-28T11:54:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (43, 12, NULL, 4, 'Corporate gifts for 20+ recipients', 'Companies upload a list of recipients for their Christmas gifts.', '', 13, 30, 0, 3, '', '2026-06-10T16:11:00.000Z', '2026-06-10T16:11:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (44, 13, 1, 0, 'Shipping email with tracking link', 'Send the tracking link as soon as the parcel label is printed.', '', 2, 70, 2, 2, '', '2026-01-12T12:28:00.000Z', '2026-03-11T14:04:00.000Z', '2026-03-11T14:04:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (45, 13, 2, 1, 'See my next delivery date', 'The account page shows the next delivery and charge date.', 'Given I am logged in' || char(10) || 'Then I see my next delivery date' || char(10) || 'And the amount that will be charged', 1, 65, 2, 2, '', '2026-02-16T08:45:00.000Z', '2026-04-21T17:15:00.000Z', '2026-04-21T17:15:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (46, 13, 3, 2, 'Push notification on delivery day', '', '', 3, 35, 0, 2, '', '2026-05-18T13:02:00.000Z', '2026-05-18T13:02:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (47, 13, NULL, 3, 'Pick a delivery time window', 'Evening or Saturday delivery for people who are never at home.', '', 8, 25, 0, 2, '', '2026-04-09T09:19:00.000Z', '2026-04-09T09:19:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (48, 14, 1, 0, 'Letterbox-sized recyclable packaging', 'Bags fit through a standard German letterbox, so nobody has to wait for the courier.', 'Given a Solo or Duo delivery' || char(10) || 'Then the parcel is at most 3 cm thick' || char(10) || 'And all packaging is recyclable paper', 3, 60, 2, 2, '#cfe8c4', '2026-01-13T14:36:00.000Z', '2026-03-20T10:48:00.000Z', '2026-03-20T10:48:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (49, 14, 3, 1, 'Roast date and tasting card in every bag', '', '', 2, 45, 0, 1, '', '2026-03-26T10:53:00.000Z', '2026-03-26T10:53:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (50, 14, 3, 2, 'Scan the bag''s QR code to meet the farm', 'The QR code links to the roaster story and the brew guide.', '', NULL, 30, 0, 1, '', '2026-05-21T15:10:00.000Z', '2026-05-21T15:10:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (51, 15, 2, 0, 'Rate each coffee from 1 to 5 beans', 'Ratings tell us what to suggest next and which coffees to drop from the range.', 'Given a coffee was delivered to me' || char(10) || 'When I open my account or the follow-up email' || char(10) || 'Then I can rate it from 1 to 5 beans' || char(10) || 'And add an optional comment', 3, 60, 0, 1, '', '2026-02-24T11:27:00.000Z', '2026-05-04T17:57:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (52, 15, 3, 1, 'Brew guide for each coffee and method', 'A recipe card with dose, grind, water temperature and brewing time.', '', 3, 50, 0, 1, '', '2026-04-01T16:44:00.000Z', '2026-04-01T16:44:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (53, 15, 3, 2, 'Suggest my next coffee from my ratings', '', 'Given I rated at least three coffees' || char(10) || 'When my next delivery is 7 days away' || char(10) || 'Then I get one suggestion based on my ratings' || char(10) || 'And I can accept it with one click', 8, 65, 0, 1, '', '2026-05-12T12:01:00.000Z', '2026-05-12T12:01:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (54, 15, NULL, 3, 'Share recipes with other subscribers', 'A small community corner for recipes and comments.', '', NULL, 15, 0, 1, '', '2026-06-16T08:18:00.000Z', '2026-06-16T08:18:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (55, 16, 2, 0, 'Pause my subscription for up to 2 months', 'Pausing instead of cancelling keeps holiday-makers with us.', 'Given I have an active subscription' || char(10) || 'When I choose ''Pause'' for up to 2 months' || char(10) || 'Then no deliveries or charges happen in that period' || char(10) || 'And I get a reminder 5 days before it resumes', 3, 80, 2, 2, '', '2026-01-14T13:35:00.000Z', '2026-04-22T10:15:00.000Z', '2026-04-22T10:15:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (56, 16, 2, 1, 'Skip the next delivery with one click', '', 'Given my next delivery is more than 2 days away' || char(10) || 'When I click ''Skip''' || char(10) || 'Then that delivery is neither shipped nor charged' || char(10) || 'And the following delivery stays as planned', 2, 75, 2, 2, '', '2026-02-09T09:52:00.000Z', '2026-05-13T10:16:00.000Z', '2026-05-13T10:16:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (57, 16, 3, 2, 'Holiday mode that resumes automatically', 'Enter travel dates once, and deliveries stop and restart by themselves.', '', 3, 40, 0, 2, '', '2026-05-25T14:09:00.000Z', '2026-05-25T14:09:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (58, 16, NULL, 3, 'Manage my subscription via WhatsApp', 'Skip or pause by replying to a message.', '', 8, NULL, 0, 2, '', '2026-06-22T10:26:00.000Z', '2026-06-22T10:26:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (59, 17, 2, 0, 'Swap my next bag for another coffee', 'Change the coffee for the next delivery only, without touching the plan.', 'Given my next delivery is more than 2 days away' || char(10) || 'When I choose another coffee for it' || char(10) || 'Then only that delivery changes' || char(10) || 'And the price difference is shown before I confirm', 3, 70, 0, 1, '', '2026-03-09T15:43:00.000Z', '2026-03-09T15:43:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (60, 17, 3, 1, 'Build a queue of coffees to rotate', '', '', 5, 55, 0, 1, '', '2026-04-30T11:00:00.000Z', '2026-04-30T11:00:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (61, 17, 3, 2, 'Tell me when a favourite is back', 'Email me when a sold-out coffee I rated highly is roasted again.', '', 2, 30, 0, 1, '', '2026-06-08T16:17:00.000Z', '2026-06-08T16:17:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (62, 18, 2, 0, 'Cancel online in under a minute', 'No hotline, no dark patterns: cancelling is a button in the account.', 'Given I am logged in' || char(10) || 'When I click ''Cancel subscription'' and confirm' || char(10) || 'Then no further deliveries are charged' || char(10) || 'And I get a confirmation email', 2, 65, 2, 2, '', '2026-01-15T12:34:00.000Z', '2026-05-06T14:40:00.000Z', '2026-05-06T14:40:00.000Z');
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (63, 18, 2, 1, 'Ask one question when I cancel', 'A single optional question on why people leave, feeding the backlog.', '', 1, 50, 0, 2, '', '2026-04-06T08:51:00.000Z', '2026-04-06T08:51:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (64, 18, 3, 2, 'Offer pause or smaller bag before cancel', '', 'Given I click ''Cancel subscription''' || char(10) || 'Then I am offered a pause or the Solo plan first' || char(10) || 'And I can still cancel with one more click', 3, 70, 0, 2, '', '2026-04-15T13:08:00.000Z', '2026-04-15T13:08:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (65, 18, 3, 3, 'Win-back email with a free bag', '30 days after cancelling, offer a free 250 g bag of a new coffee.', '', 3, 45, 0, 2, '', '2026-06-11T09:25:00.000Z', '2026-06-11T09:25:00.000Z', NULL);
INSERT INTO story (id, step_id, release_id, rank, title, description, acceptance_criteria, estimate, business_value, status, persona_id, color, created_at, updated_at, done_at) VALUES (66, 18, NULL, 4, 'Loyalty reward after 6 months', 'A free bag of a rare micro-lot after six months of subscribing.', '', 8, 40, 0, 2, '', '2026-06-29T14:42:00.000Z', '2026-06-29T14:42:00.000Z', NULL);

-- Story tags
INSERT INTO story_tag (id, story_id, tag_id) VALUES (1, 1, 6);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (2, 2, 6);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (3, 5, 1);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (4, 5, 6);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (5, 6, 1);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (6, 12, 1);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (7, 13, 1);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (8, 13, 5);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (9, 15, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (10, 16, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (11, 16, 6);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (12, 17, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (13, 18, 1);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (14, 19, 1);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (15, 19, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (16, 22, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (17, 26, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (18, 28, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (19, 28, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (20, 29, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (21, 30, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (22, 31, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (23, 32, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (24, 32, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (25, 34, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (26, 35, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (27, 36, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (28, 36, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (29, 37, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (30, 38, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (31, 38, 5);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (32, 39, 2);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (33, 41, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (34, 42, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (35, 44, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (36, 45, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (37, 46, 5);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (38, 46, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (39, 48, 3);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (40, 50, 5);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (41, 51, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (42, 52, 6);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (43, 53, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (44, 55, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (45, 56, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (46, 58, 5);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (47, 59, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (48, 62, 4);
INSERT INTO story_tag (id, story_id, tag_id) VALUES (49, 64, 4);

-- Stories contributing to goals
INSERT INTO story_goal (id, story_id, goal_id) VALUES (1, 1, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (2, 2, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (3, 5, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (4, 6, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (5, 12, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (6, 13, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (7, 16, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (8, 19, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (9, 21, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (10, 26, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (11, 28, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (12, 29, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (13, 30, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (14, 31, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (15, 34, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (16, 35, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (17, 36, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (18, 39, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (19, 42, 1);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (20, 42, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (21, 44, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (22, 45, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (23, 48, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (24, 51, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (25, 53, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (26, 55, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (27, 56, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (28, 59, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (29, 62, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (30, 63, 2);
INSERT INTO story_goal (id, story_id, goal_id) VALUES (31, 64, 2);

-- Release goals (Release 3 deliberately has none)
INSERT INTO release_goal (id, release_id, goal_id) VALUES (1, 1, 1);
INSERT INTO release_goal (id, release_id, goal_id) VALUES (2, 2, 1);
INSERT INTO release_goal (id, release_id, goal_id) VALUES (3, 2, 2);

-- Measurements
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (1, 1, '2026-01-15', 4.0, 'Baseline: waitlist landing page before launch');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (2, 1, '2026-01-31', 4.1, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (3, 1, '2026-02-15', 3.9, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (4, 1, '2026-02-28', 4.2, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (5, 1, '2026-03-15', 4.3, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (6, 1, '2026-03-31', 5.4, 'MVP live since 28 March');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (7, 1, '2026-04-30', 6.1, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (8, 1, '2026-05-15', 6.8, 'Taste quiz released');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (9, 1, '2026-05-31', 7.0, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (10, 1, '2026-06-30', 7.6, 'PayPal and Google/Apple sign-up live');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (11, 2, '2026-01-15', 18.0, 'Baseline: beta cohort and industry benchmark');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (12, 2, '2026-02-15', 18.4, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (13, 2, '2026-03-15', 17.9, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (14, 2, '2026-03-31', 16.8, 'Online pause and cancel live');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (15, 2, '2026-04-15', 15.9, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (16, 2, '2026-04-30', 15.1, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (17, 2, '2026-05-15', 13.9, 'Skip next delivery released');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (18, 2, '2026-05-31', 13.2, '');
INSERT INTO measurement (id, goal_id, date, value, note) VALUES (19, 2, '2026-06-30', 12.4, '');

-- Increment: the MVP delivery
INSERT INTO increment (id, release_id, date, note) VALUES (1, 1, '2026-03-28', 'MVP live for the first 150 beta customers: six coffees, three plans, card payment, letterbox shipping. Pausing and cancelling still go through customer service by email.');
INSERT INTO increment_story (id, increment_id, story_id) VALUES (1, 1, 1);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (2, 1, 9);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (3, 1, 12);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (4, 1, 15);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (5, 1, 18);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (6, 1, 21);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (7, 1, 25);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (8, 1, 30);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (9, 1, 34);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (10, 1, 44);
INSERT INTO increment_story (id, increment_id, story_id) VALUES (11, 1, 48);

-- Feedback
INSERT INTO feedback (id, increment_id, story_id, date, text, score) VALUES (1, 1, NULL, '2026-03-31', 'The coffee is amazing and it fit straight through my letterbox. Signing up took me two minutes.', 5);
INSERT INTO feedback (id, increment_id, story_id, date, text, score) VALUES (2, 1, NULL, '2026-04-03', 'Great beans, but I had no idea which of the six to pick. A bit of guidance would help a lot.', 3);
INSERT INTO feedback (id, increment_id, story_id, date, text, score) VALUES (3, 1, NULL, '2026-04-09', 'Pausing for my holiday was easy. I''d love to pay with PayPal though, I don''t like typing in my card.', 4);
INSERT INTO feedback (id, increment_id, story_id, date, text, score) VALUES (4, NULL, 56, '2026-05-22', 'Skipped a delivery while my in-laws were visiting and it took ten seconds. Love it!', 5);
