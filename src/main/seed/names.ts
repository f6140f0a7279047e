/*
 * Invented names for demonstration data, drawn from the communities a refuge in England serves.
 * Any resemblance to a real person is chance; nothing here comes from a real record.
 */
export const FIRST_NAMES_F = [
  'Amira', 'Bethany', 'Chloe', 'Danielle', 'Ewa', 'Fatima', 'Grace', 'Hannah', 'Ifeoma', 'Jasmine', 'Kirsty', 'Leanne',
  'Maryam', 'Natalia', 'Olivia', 'Priya', 'Rebecca', 'Samira', 'Tanisha', 'Urszula', 'Vanessa', 'Wiktoria', 'Yasmin', 'Zoë',
  'Aisha', 'Bronwen', 'Catalina', 'Deborah', 'Emily', 'Funmilayo', 'Gemma', 'Harpreet', 'Ilona', 'Joanne', 'Kelly', 'Lucia',
  'Mei', 'Nadia', 'Orla', 'Parveen', 'Roxana', 'Shabana', 'Tracey', 'Aoife', 'Siobhán', 'Nkechi', 'Rukhsana', 'Agnieszka',
] as const;

export const FIRST_NAMES_M = ['Adam', 'Bilal', 'Callum', 'Daniel', 'Emeka', 'Farid', 'Gareth', 'Hassan', 'Jamie', 'Kamil', 'Liam', 'Marek', 'Nathan', 'Omar', 'Ryan', 'Tomasz'] as const;

export const CHILD_NAMES = [
  'Ava', 'Ben', 'Caleb', 'Daisy', 'Ellie', 'Finn', 'Hamza', 'Isla', 'Jayden', 'Kacper', 'Lily', 'Maya', 'Noah', 'Oscar', 'Poppy',
  'Rayan', 'Sofia', 'Theo', 'Zara', 'Aleksander', 'Amelia', 'Ibrahim', 'Leo', 'Mia', 'Musa', 'Nina', 'Riley', 'Ruby',
] as const;

export const SURNAMES = [
  'Adeyemi', 'Ahmed', 'Baker', 'Bennett', 'Chowdhury', 'Clarke', 'Davies', 'Evans', 'Fernandes', 'Green', 'Hughes', 'Hussain',
  'Iqbal', 'Jones', 'Kaur', 'Kowalska', 'Lewis', 'Mahmood', 'McCarthy', 'Morris', 'Nowak', 'Okafor', 'Patel', 'Price',
  'Quinn', 'Rahman', 'Roberts', 'Santos', 'Shah', 'Smith', 'Taylor', 'Thomas', 'Walker', 'Williams', 'Wiśniewska', 'Wright',
  'Yilmaz', 'Zielińska', 'Brown', 'Campbell', 'Doyle', 'Edwards', 'Haddad', 'Begum', 'Mensah', 'Osei', 'Murphy', 'Novak',
] as const;

export const ALIASES = ['Rose', 'Sunflower', 'Bluebell', 'Robin', 'Star', 'Willow', 'Poppy', 'Skye', 'Hazel', 'Ivy'] as const;

/** Postcode districts of the invented town of Harbourside (HB is not a real UK postcode area). */
export const DISTRICTS = ['HB1', 'HB2', 'HB3', 'HB4', 'HB5', 'HB6', 'HB7', 'HB8', 'HB9', 'HB10', 'HB11', 'HB12'] as const;
